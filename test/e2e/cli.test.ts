import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.ts';
import { assertValidReport } from '../helpers/assert-report.ts';

const ARTICLE = `Harbour reopens after week-long closure

PORTSMOUTH (Reuters) - The city's harbour reopened on Tuesday after a week-long closure caused by storm damage, the port authority said.

"We are relieved to have the ferries running again," said harbour master Alan Price. About 40 vessels had been held at anchor.
`;

describe('synoptic CLI', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'synoptic-cli-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses the demo corpus into a report that meets the contract, every span valid', async () => {
    const { code, stdout } = await runCli(['analyze', 'examples/demo', '--json', '--quiet']);
    assert.equal(code, 0);
    const report = assertValidReport(JSON.parse(stdout));
    assert.equal(report.documents.length, 3);
    assert.ok(report.stories.length >= 1);
  });

  it('writes the report to a file with --out and keeps stdout empty', async () => {
    const out = join(dir, 'report.json');
    const { code, stdout } = await runCli(['analyze', 'examples/demo', '--out', out, '--quiet']);
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });

  it('reports each bad input on one line naming it, analyses the rest, and exits 2', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'good.txt'), ARTICLE);
    writeFileSync(join(mixed, 'empty.txt'), '');
    writeFileSync(join(mixed, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 255, 254]));
    const big = openSync(join(mixed, 'huge.txt'), 'w');
    ftruncateSync(big, 100 * 1024 * 1024);
    closeSync(big);
    const { code, stdout, stderr } = await runCli(['analyze', mixed, '--json', '--quiet']);
    assert.equal(code, 2);
    const report = assertValidReport(JSON.parse(stdout));
    assert.equal(report.documents.length, 1);
    for (const name of ['empty.txt', 'binary.txt', 'huge.txt']) {
      assert.ok(report.problems.some((p) => p.path.endsWith(name)), `${name} listed in problems`);
      assert.match(stderr, new RegExp(`${name}: \\S`));
    }
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('exits 1 with a clear line when nothing is readable', async () => {
    const emptyDir = join(dir, 'nothing');
    mkdirSync(emptyDir);
    const { code, stderr } = await runCli(['analyze', emptyDir, '--quiet']);
    assert.equal(code, 1);
    assert.match(stderr, /nothing readable/);
    const missing = await runCli(['analyze', join(dir, 'no-such-file.txt'), '--quiet']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-file\.txt: /);
  });

  it('stores a corpus once: ingesting it again stores nothing and says so', async () => {
    const store = join(dir, 'store.sqlite');
    const first = await runCli(['ingest', 'examples/demo', '--store', store, '--quiet']);
    assert.equal(first.code, 0);
    assert.match(first.stdout, /3 new document\(s\) stored/);
    const second = await runCli(['ingest', 'examples/demo', '--store', store, '--quiet']);
    assert.match(second.stdout, /0 new document\(s\) stored, 3 already stored/);
    assert.match(second.stdout, /nothing new to store/);
    const stories = await runCli(['stories', '--store', store]);
    const storyId = stories.stdout.split(/\s+/)[0]!;
    const md = await runCli(['report', storyId, '--store', store]);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# .+\n\n- .+\[\^1\]/);
    const html = await runCli(['report', storyId, '--format', 'html', '--store', store]);
    assert.match(html.stdout, /^<!doctype html>[\s\S]*<ol class="brief"><li>/);
    assert.ok(!/<script/i.test(html.stdout));
    const json = await runCli(['report', storyId, '--format', 'json', '--store', store]);
    assertValidReport(JSON.parse(json.stdout));
  });

  it('answers bad usage with exit 1 and a one-line reason', async () => {
    assert.equal((await runCli(['frobnicate'])).code, 1);
    const r = await runCli(['analyze']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /needs at least one file or folder/);
    assert.equal((await runCli(['--help'])).code, 0);
  });
});
