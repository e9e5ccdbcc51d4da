/** @module fetch-http — the Fetcher port over HTTP(S), refusing private, loopback and metadata addresses on every hop. */
export { createHttpFetcher } from './http-fetcher.ts';
export { defaultHttpFetcherOptions, type HttpFetcherOptions } from './fetch-defaults.ts';
export { blockedReason } from './address-policy.ts';
