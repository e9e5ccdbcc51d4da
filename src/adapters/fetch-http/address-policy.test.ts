import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blockedReason, embeddedIpv4 } from './address-policy.ts';

describe('address-policy', () => {
  it('refuses loopback, private, link-local, shared, multicast and reserved IPv4 ranges', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'], ['127.255.3.4', 'loopback'], ['10.20.30.40', 'private'], ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'], ['192.168.1.1', 'private'], ['169.254.1.1', 'link-local'], ['100.64.0.1', 'shared (carrier-grade NAT)'],
      ['224.0.0.251', 'multicast'], ['239.255.255.250', 'multicast'], ['240.0.0.1', 'reserved'], ['255.255.255.255', 'reserved'],
      ['0.0.0.0', '"this network" (unspecified)'], ['198.18.0.5', 'benchmarking'], ['192.0.2.10', 'documentation'],
    ];
    for (const [ip, why] of cases) assert.equal(blockedReason(ip), why, ip);
  });

  it('names cloud metadata endpoints', () => {
    for (const ip of ['169.254.169.254', '100.100.100.200', 'fd00:ec2::254']) assert.equal(blockedReason(ip), 'cloud metadata', ip);
  });

  it('refuses IPv6 loopback, unique-local, link-local and multicast', () => {
    const cases: [string, string][] = [['::1', 'loopback'], ['::', 'unspecified'], ['fd12:3456::1', 'unique local (private)'], ['fe80::1%eth0', 'link-local'], ['ff02::1', 'multicast'], ['[::1]', 'loopback']];
    for (const [ip, why] of cases) assert.equal(blockedReason(ip), why, ip);
  });

  it('looks inside IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses', () => {
    assert.equal(embeddedIpv4('::ffff:7f00:1'), '127.0.0.1');
    assert.equal(embeddedIpv4('::ffff:127.0.0.1'), '127.0.0.1');
    assert.equal(embeddedIpv4('64:ff9b::a9fe:a9fe'), '169.254.169.254');
    assert.equal(embeddedIpv4('2002:c0a8:0101::1'), '192.168.1.1');
    assert.equal(blockedReason('::ffff:10.0.0.1'), 'private');
    assert.equal(blockedReason('::ffff:a9fe:a9fe'), 'cloud metadata');
    assert.equal(blockedReason('64:ff9b::7f00:1'), 'loopback');
    assert.equal(blockedReason('2002:7f00:1::'), 'loopback');
    assert.equal(blockedReason('::7f00:1'), 'loopback');
  });

  it('lets public addresses through, including public ones inside NAT64 and mapped forms', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5', '::ffff:93.184.216.34', '64:ff9b::5db8:d822']) assert.equal(blockedReason(ip), null, ip);
  });

  it('treats anything that is not an IP address as unparsable', () => {
    assert.equal(blockedReason('example.com'), 'unparsable');
  });
});
