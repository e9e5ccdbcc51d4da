import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ingestBytes } from './index.ts';

describe('ingestBytes', () => {
  it('reads uploads by content like files, and names a bad one by its upload name', async () => {
    const jsonl = new TextEncoder().encode(`${JSON.stringify({ id: 'u1', text: 'The bridge reopened on Friday.' })}\n${JSON.stringify({ id: 'u2', text: 'Traffic returned to normal.' })}\n`);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const { records, problems } = await ingestBytes([{ name: 'upload.jsonl', bytes: jsonl }, { name: 'photo.txt', bytes: png }, { name: 'big.txt', bytes: new Uint8Array(2048).fill(0x61) }], { maxFileBytes: 1024 });
    assert.deepEqual(records.map((r) => [r.path, r.sourceId]), [['upload.jsonl#1', 'u1'], ['upload.jsonl#2', 'u2']]);
    assert.deepEqual(problems, [{ path: 'photo.txt', error: 'PNG image, not an article' }, { path: 'big.txt', error: 'larger than the 1 KB limit' }]);
  });
});
