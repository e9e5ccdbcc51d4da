/** Golden fixtures for entities and quotes: test/fixtures/extract/<NNN-slug>/{*.txt, expected.json}. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { articleFromText } from '../../lib/article-from-text.ts';
import { resolveEntities } from './entities/index.ts';
import { findQuotes } from './quotes/index.ts';

interface ExpectedEntity { name: string; type: string; description?: string; descriptionIncludes?: string; affiliation?: string; aliases?: string[]; documents?: number }
interface ExpectedQuote { document: string; startsWith: string; kind: string; speaker: string; speakerEntity?: string; cue?: string; pieces?: number }

const root = new URL('../../../test/fixtures/extract/', import.meta.url);

describe('extract fixtures', () => {
  for (const slug of readdirSync(root).filter((d) => /^\d{3}-/.test(d)).sort()) {
    it(slug, () => {
      const dir = new URL(`${slug}/`, root);
      const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { entities: ExpectedEntity[]; quotes: ExpectedQuote[] };
      const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => articleFromText(f, readFileSync(new URL(f, dir), 'utf8')));
      const entities = resolveEntities(docs);
      for (const e of expected.entities) {
        const got = entities.find((x) => x.name === e.name);
        assert.ok(got, `entity ${e.name} in ${entities.map((x) => x.name).join(', ')}`);
        assert.equal(got.type, e.type, e.name);
        if (e.description) assert.equal(got.description, e.description, e.name);
        if (e.descriptionIncludes) assert.ok(got.description?.includes(e.descriptionIncludes), `${e.name}: ${got.description}`);
        if (e.affiliation) assert.equal(entities.find((x) => x.id === got.affiliationId)?.name, e.affiliation, e.name);
        for (const a of e.aliases ?? []) assert.ok(got.aliases.includes(a), `${e.name} alias ${a} in ${got.aliases.join(', ')}`);
        if (e.documents) assert.equal(new Set(got.mentions.map((m) => m.documentId)).size, e.documents, e.name);
      }
      const quotes = docs.flatMap((d) => findQuotes(d, entities));
      for (const q of expected.quotes) {
        const got = quotes.find((x) => x.span.documentId === q.document && x.text.startsWith(q.startsWith));
        assert.ok(got, `quote "${q.startsWith}" in ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
        assert.equal(got.kind, q.kind, q.startsWith);
        assert.equal(got.speaker, q.speaker, q.startsWith);
        if (q.cue) assert.equal(got.cue, q.cue, q.startsWith);
        if (q.speakerEntity) assert.equal(entities.find((e) => e.id === got.speakerId)?.name, q.speakerEntity, q.startsWith);
        if (q.pieces) assert.equal(got.pieces?.length, q.pieces, q.startsWith);
      }
    });
  }
});
