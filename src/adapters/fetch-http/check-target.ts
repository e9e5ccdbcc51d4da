/**
 * @module check-target — may this URL be fetched? Checked for the first request and again for every
 * redirect: http(s) only, no credentials in the URL, no local host names, and every address the host
 * resolves to must be public — unless `host[:port]` is on the allow-list.
 */
import { isIP } from 'node:net';
import { blockedReason } from './address-policy.ts';

/** Names that mean "this machine" or a cloud's internal metadata service, refused before any lookup. */
const LOCAL_NAMES = /(^|\.)(localhost|localdomain|local|internal|home\.arpa)$|^metadata(\.google\.internal)?$/i;

export interface CheckedTarget {
  url: URL;
  /** The address to connect to (checked), pinned so a second DNS answer cannot differ. */
  address: string;
  family: 4 | 6;
}

export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** The checked target, or the reason (words) it is refused. */
export async function checkTarget(raw: string, allowHosts: string[], resolve: Resolve): Promise<CheckedTarget | string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `refused: only http and https URLs are fetched, not ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return 'refused: URLs with credentials are not fetched';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = isAllowed(url, allowHosts);
  if (!allowed && LOCAL_NAMES.test(host)) return `refused: ${host} names a local or internal host`;
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return `cannot resolve host ${host}`;
    }
    if (!addresses.length) return `cannot resolve host ${host}`;
  }
  if (!allowed) {
    for (const { address } of addresses) {
      const why = blockedReason(address);
      if (why) return `refused: ${address === host ? host : `${host} resolves to ${address}, which`} is a ${why} address (not fetched unless allow-listed)`;
    }
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

function isAllowed(url: URL, allowHosts: string[]): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.toLowerCase();
  return allowHosts.some((entry) => {
    const e = entry.toLowerCase();
    return e === host || e === `${host}:${port}`;
  });
}
