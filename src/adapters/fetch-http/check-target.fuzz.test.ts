/**
 * Property: however an IPv4 address is written in a URL — dotted, one decimal number, hex, octal,
 * shortened ("127.1"), or inside an IPv6 address (mapped, NAT64, 6to4) — the fetcher's check gives the
 * same verdict as for the plain dotted address, and never asks DNS. 10,000 addresses, biased towards
 * the blocked ranges, each in every form (FUZZ_RUNS overrides the count).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzAsync } from '../../../test/helpers/fuzz.ts';
import { blockedReason } from './address-policy.ts';
import { checkTarget } from './check-target.ts';

const noDns = async (host: string): Promise<never> => { throw new Error(`DNS asked for ${host}`); };
const hex = (n: number) => n.toString(16);

function forms([a, b, c, d]: number[]): string[] {
  const n = ((a! << 24) >>> 0) + (b! << 16) + (c! << 8) + d!;
  const hi = (a! << 8) | b!;
  const lo = (c! << 8) | d!;
  return [
    `${a}.${b}.${c}.${d}`, String(n), `0x${hex(n)}`, `0${(a!).toString(8)}.${b}.0x${hex(c!)}.${d}`, `${a}.${(b! << 16) + (c! << 8) + d!}`, `${a}.${b}.${(c! << 8) + d!}`,
    `[::ffff:${a}.${b}.${c}.${d}]`, `[::ffff:${hex(hi)}:${hex(lo)}]`, `[64:ff9b::${hex(hi)}:${hex(lo)}]`, `[2002:${hex(hi)}:${hex(lo)}::1]`,
  ];
}

describe('check-target fuzzing', () => {
  it('gives every spelling of an IPv4 address the verdict of its dotted form, without DNS', async () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const first = fc.oneof(fc.constantFrom(0, 10, 100, 127, 169, 172, 192, 198, 224, 240, 255), octet);
    const ip = fc.tuple(first, fc.oneof(fc.constantFrom(0, 16, 31, 64, 168, 254), octet), octet, octet);
    await fuzzAsync('ip-forms', ip, async (parts) => {
      const dotted = parts.join('.');
      const blocked = blockedReason(dotted) !== null;
      for (const host of forms(parts)) {
        const verdict = await checkTarget(`http://${host}/news`, [], noDns);
        assert.equal(typeof verdict === 'string', blocked, `${host} (${dotted}): ${typeof verdict === 'string' ? verdict : 'allowed'}`);
        if (typeof verdict === 'string') assert.match(verdict, /^refused: /);
      }
    });
  });
});
