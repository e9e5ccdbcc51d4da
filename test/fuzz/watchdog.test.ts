/** The fuzz harness's watchdog ends a process whose parser loops for ever, saying which case and how to replay it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('fuzz watchdog', () => {
  it('kills a fuzz run stuck in an endless synchronous loop and names the property and seed', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/fuzz-hang-probe.ts'], {
      env: { ...process.env, FUZZ_WATCHDOG_MS: '1000' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(r.signal, 'SIGKILL', `ended by the watchdog, not by the 60 s guard (status ${r.status}, signal ${r.signal})`);
    assert.match(r.stderr, /^fuzz watchdog: case \d+ of "endless-loop probe" has run for \d+ ms \(budget 2000 ms\): a hang\. Replay with FUZZ_SEED=-?\d+$/m);
    assert.doesNotMatch(r.stdout, /probe finished/);
  });
});
