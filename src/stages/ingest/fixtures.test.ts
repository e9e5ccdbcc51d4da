/**
 * Golden fixtures: each test/fixtures/ingest/NNN-slug/ holds one input.* and the expected.json that
 * ingest must produce from it (paths relative to the fixture folder). Regenerate an expected.json by
 * running this file with UPDATE_FIXTURES=1, then read the diff before keeping it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from './index.ts';

const ROOT = 'test/fixtures/ingest';

describe('ingest fixtures', () => {
  for (const name of readdirSync(ROOT).filter((n) => /^\d{3}-/.test(n)).sort()) {
    const dir = join(ROOT, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'));
    if (!input) continue;
    it(name, async () => {
      const { records, problems } = await ingestPaths([join(dir, input)]);
      const rel = (p: string) => p.slice(dir.length + 1);
      const actual = { records: records.map((r) => ({ ...r, path: rel(r.path) })), problems: problems.map((p) => ({ ...p, path: rel(p.path) })) };
      const expectedFile = join(dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_FIXTURES=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
      const original = join(dir, 'original.txt');
      if (existsSync(original)) assert.equal(records[0]!.text, readFileSync(original, 'utf8'));
    });
  }
});
