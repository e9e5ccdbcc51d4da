import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { articleFromText } from '../../../lib/article-from-text.ts';
import { resolveEntities } from './index.ts';

const docA = articleFromText('a', [
  "Brazil's Foreign Minister Marta Oliveira said on Monday that talks would resume.",
  'Oliveira added that the U.S. had not yet replied, and Washington\'s silence was noted in Brasilia.',
  'In Tokyo, officials met the envoy.',
].join('\n'));
const docB = articleFromText('b', [
  'Tomas Berglund, Sweden\'s ambassador to the United Nations, told the Security Council that the US plan was flawed.',
  'Marta Oliveira met him later. Berglund said the UN would vote.',
  'Tokyo and Seoul condemned the launch by the DPRK, and the North did not respond.',
].join('\n'));

const find = (ents: ReturnType<typeof resolveEntities>, name: string) => ents.find((e) => e.name === name);

describe('resolveEntities', () => {
  const ents = resolveEntities([docA, docB]);

  it('attaches a role phrase before the name, with the possessor as affiliation', () => {
    const p = find(ents, 'Marta Oliveira');
    assert.ok(p);
    assert.equal(p.type, 'person');
    assert.equal(p.description, "Brazil's Foreign Minister");
    assert.equal(p.affiliationId, find(ents, 'Brazil')?.id);
  });

  it('attaches an appositive role after the name', () => {
    const p = find(ents, 'Tomas Berglund');
    assert.equal(p?.description, "Sweden's ambassador to the United Nations");
    assert.equal(p?.affiliationId, find(ents, 'Sweden')?.id);
  });

  it('reads affiliations from "of the WHO", a demonym, and "for the European Commission"', () => {
    const e = resolveEntities([articleFromText('w', [
      'Maria Kovacs, director-general of the WHO, said cases were falling.',
      'Russian ambassador Pavel Orlov told the council that Moscow objected.',
      'Earlier, Dr. Helen Tran of the IMF warned of a slowdown.',
    ].join('\n'))]);
    const aff = (name: string) => e.find((x) => x.id === find(e, name)?.affiliationId)?.name;
    assert.equal(aff('Maria Kovacs'), 'World Health Organization');
    assert.equal(find(e, 'Maria Kovacs')?.description, 'director-general of the WHO');
    assert.equal(aff('Pavel Orlov'), 'Russia');
    assert.equal(find(e, 'Pavel Orlov')?.description, 'Russian ambassador');
    assert.equal(aff('Helen Tran'), 'International Monetary Fund');
  });

  it('merges a surname after the full name, within and across documents', () => {
    const p = find(ents, 'Marta Oliveira')!;
    assert.deepEqual(new Set(p.mentions.map((m) => m.documentId)), new Set(['a', 'b']));
    assert.equal(p.mentions.length, 3);
    assert.equal(find(ents, 'Tomas Berglund')!.mentions.length, 2);
  });

  it('merges U.S., US and Washington-as-government into one country, keeping the surface forms', () => {
    const us = find(ents, 'United States')!;
    assert.equal(us.type, 'country');
    for (const a of ['U.S.', 'US', 'Washington']) assert.ok(us.aliases.includes(a), a);
  });

  it('reads a capital as its government unless something happens in it', () => {
    const japan = find(ents, 'Japan');
    assert.ok(japan?.aliases.includes('Tokyo'), 'Tokyo and Seoul condemned → Japan');
    const tokyoPlace = ents.find((e) => e.type === 'place' && e.name === 'Tokyo');
    assert.ok(tokyoPlace, 'In Tokyo → the place');
    assert.ok(find(ents, 'Brasilia')?.type === 'place');
  });

  it('takes "the North" as North Korea where North Korea is named, and the DPRK as its alias', () => {
    const nk = find(ents, 'North Korea')!;
    assert.ok(nk.aliases.includes('DPRK'));
    assert.ok(nk.aliases.includes('the North'));
    const lone = resolveEntities([articleFromText('c', 'Voters in the North went to the polls.')]);
    assert.equal(find(lone, 'North Korea'), undefined);
  });

  it('does not take sentence-initial common words, months or weekdays for names', () => {
    const e = resolveEntities([articleFromText('d', 'Despite the rain, Monday began early. Tension rose in March as tension grew.')], { keepUntyped: 'all' });
    assert.deepEqual(e.map((x) => x.name), []);
  });

  it('gives stable ids and exact mention spans', () => {
    const again = resolveEntities([docA, docB]);
    assert.deepEqual(again.map((e) => e.id), ents.map((e) => e.id));
    for (const e of ents) for (const m of e.mentions) {
      const text = (m.documentId === 'a' ? docA : docB).text.slice(m.start, m.end);
      assert.ok(text === e.name || e.aliases.includes(text) || e.type === 'person', `${text} for ${e.name}`);
    }
  });

  it('finds the demo corpus ambassadors with their roles, merging "Zhang" after the full name', () => {
    const dir = new URL('../../../../examples/demo/', import.meta.url);
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(f, readFileSync(new URL(f, dir), 'utf8')));
    const demo = resolveEntities(docs);
    const people = demo.filter((e) => e.type === 'person');
    const zhang = people.find((p) => p.aliases.includes('Zhang'));
    assert.ok(zhang?.description?.includes('UN Ambassador'));
    assert.equal(new Set(zhang!.mentions.map((m) => m.documentId)).size, 2);
    assert.ok(people.filter((p) => p.description && p.affiliationId).length >= 4);
    assert.ok(demo.find((e) => e.name === 'China')?.aliases.includes('Beijing'));
  });
});
