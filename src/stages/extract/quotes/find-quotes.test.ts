import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFromText } from '../../../lib/article-from-text.ts';
import { resolveEntities } from '../entities/index.ts';
import { findQuotes } from './index.ts';

const quotesOf = (text: string) => {
  const doc = articleFromText('d', text);
  return { doc, quotes: findQuotes(doc, resolveEntities([doc])) };
};

const story = [
  "Kenya's Trade Minister Grace Wanjiru said on Tuesday that the tariffs were \u201Ca mistake\u201D.",
  '\u201CWe will not accept terms written elsewhere,\u201D she said. \u201COur farmers deserve better.\u201D',
  'Peter Lindqvist, a Swedish negotiator, also called for an independent review of the deal.',
  '\u201CThe core of the problem,\u201D he said, \u201Cis that nobody counted the costs.\u201D',
  '\u201CWe raised this again and again in every round of the talks.\u201D',
  'Lindqvist said it was in the interest of both sides to settle before the summer.',
  'He warned that the dispute could cause an \u201Cescalation\u201D across the region.',
].join('\n');

describe('findQuotes', () => {
  const { doc, quotes } = quotesOf(story);
  const byText = (s: string) => quotes.find((q) => q.text.includes(s));

  it('keeps direct-quote text verbatim from the document', () => {
    for (const q of quotes) assert.equal(q.text, doc.text.slice(q.span.start, q.span.end));
  });

  it('resolves a pronoun speaker to the most recent person', () => {
    const q = byText('We will not accept');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.speaker, 'Grace Wanjiru');
    assert.equal(q?.cue, 'said');
    assert.equal(doc.text.slice(q!.speakerSpan!.start, q!.speakerSpan!.end), 'she');
  });

  it('agrees "she" and "he" with the person they can stand for', () => {
    const { quotes: qs } = quotesOf('Maria Lopez, the finance minister, met Peter Hall in Lisbon on Monday. She said the deal was close. He said it was not.');
    assert.equal(qs.find((q) => q.text.includes('deal was close'))?.speaker, 'Maria Lopez');
    assert.equal(qs.find((q) => q.text.includes('it was not'))?.speaker, 'Peter Hall');
  });
  it('makes one quote of a quote split around "he said"', () => {
    const q = byText('The core of the problem');
    assert.ok(q?.pieces && q.pieces.length === 2);
    assert.ok(q.text.endsWith('nobody counted the costs.'));
    assert.equal(q.speaker, 'Peter Lindqvist');
  });

  it('continues the previous speaker for a paragraph-long quote without attribution', () => {
    assert.equal(byText('again and again')?.speaker, 'Peter Lindqvist');
    assert.equal(byText('Our farmers deserve')?.speaker, 'Grace Wanjiru');
  });

  it('reads indirect speech: "said it was in the interest of" and "also called for"', () => {
    const a = byText('it was in the interest of');
    assert.equal(a?.kind, 'indirect');
    assert.equal(a?.speaker, 'Peter Lindqvist');
    const b = quotes.find((q) => q.cue === 'called for');
    assert.ok(b?.text.startsWith('an independent review'));
    assert.equal(b?.speaker, 'Peter Lindqvist');
  });

  it('reads a partial quote inside reported speech as mixed', () => {
    const q = byText('escalation');
    assert.equal(q?.kind, 'mixed');
    assert.equal(q?.cue, 'warned');
    assert.equal(q?.speaker, 'Peter Lindqvist');
  });

  it('links a bare title ("the ambassador") to the last person holding it, keeping the title as written', () => {
    const text = [
      "Chile's UN Ambassador Rosa Quintero spoke first, followed by Omar Haddad of the Arab League.",
      'The ambassador said the draft ignored the humanitarian cost of the measures.',
    ].join('\n');
    const doc = articleFromText('d', text);
    const entities = resolveEntities([doc]);
    const q = findQuotes(doc, entities).find((x) => x.text.includes('ignored the humanitarian cost'));
    assert.equal(q?.speaker, 'The ambassador');
    assert.equal(q?.speakerId, entities.find((e) => e.name === 'Rosa Quintero')?.id);
    assert.equal(q?.kind, 'indirect');
  });

  it('reads "..., X said." with the content before the cue', () => {
    const { quotes: qs } = quotesOf('The harvest will be late this year, the agriculture ministry said.');
    assert.equal(qs[0]?.text, 'The harvest will be late this year');
    assert.match(qs[0]?.speaker ?? '', /ministry/);
  });

  it('makes one utterance of “A,” she said. “B.” in one paragraph', () => {
    const { doc: d, quotes: qs } = quotesOf('\u201CThe port will reopen on Monday,\u201D Amara Okafor said. \u201CThe crews have cleared the channel.\u201D');
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.speaker, 'Amara Okafor');
    assert.deepEqual(qs[0]!.pieces?.map((p) => d.text.slice(p.start, p.end)), ['The port will reopen on Monday,', 'The crews have cleared the channel.']);
  });
  it('ends a report where a new subject with a cue of its own takes over after ", and" or ", while"', () => {
    const and = quotesOf('Most of the growers surveyed said prices were too low to cover costs, and a third said they would sell their land.').quotes;
    assert.equal(and.length, 2);
    assert.equal(and[0]?.text, 'prices were too low to cover costs');
    assert.equal(and[1]?.text, 'they would sell their land');
    const whileQ = quotesOf('About half of the nurses say they plan to stay in the profession, while four in 10 say they are looking for other work.').quotes;
    assert.equal(whileQ[0]?.text, 'they plan to stay in the profession');
    assert.equal(whileQ[1]?.text, 'they are looking for other work');
    // A coordinated clause without its own reporting cue stays part of what was said.
    const one = quotesOf('The mayor said the budget was balanced, and the city would hire more teachers next year.').quotes;
    assert.equal(one[0]?.text, 'the budget was balanced, and the city would hire more teachers next year');
  });
  it('reads reported speech with the attribution after or inside it', () => {
    const after = quotesOf('Turnout will be the lowest in a decade, said Lena Varga, a pollster at a Budapest institute.').quotes;
    assert.equal(after[0]?.text, 'Turnout will be the lowest in a decade');
    assert.equal(after[0]?.speaker, 'Lena Varga');
    const inside = quotesOf('The new bridge, engineers said, can carry twice the traffic of the old one.').quotes;
    assert.equal(inside[0]?.text, 'The new bridge, engineers said, can carry twice the traffic of the old one');
    const according = quotesOf('Missing from the final text, according to two delegates who saw it, was any mention of fossil fuels.').quotes;
    assert.ok(according[0]?.text.startsWith('Missing from the final text') && according[0].text.endsWith('fossil fuels'));
    assert.equal(according[0]?.cue, 'according to');
  });
  it('finds the speaker past a party label, a coordinated verb and an opening participle', () => {
    const party = quotesOf('Rep. Dana Whitfield (D-Ohio) said the bill would cut rural clinics.').quotes;
    assert.equal(party[0]?.speaker, 'Dana Whitfield');
    assert.equal(party[0]?.text, 'the bill would cut rural clinics');
    const coordinated = quotesOf('Marco Ferri spent a decade at the central bank and says the rate rise came too late.').quotes;
    assert.equal(coordinated[0]?.speaker, 'Marco Ferri');
    assert.equal(coordinated[0]?.text, 'the rate rise came too late');
    const sunday = quotesOf('On top of that, Ferri said Sunday that the currency was overvalued.').quotes;
    assert.equal(sunday[0]?.text, 'that the currency was overvalued');
    const asked = quotesOf('Asked about the strike, the minister said talks would resume next week.').quotes;
    const q = asked.find((x) => x.cue === 'said');
    assert.equal(q?.text, 'talks would resume next week');
    assert.equal(asked.find((x) => x.cue === 'Asked')?.text, 'about the strike');
  });
  it('reads a short quoted fragment inside reported speech as mixed, and a quoted title as no quote', () => {
    const { quotes: mixed } = quotesOf('The governor said she expected voters would say \u201Cno\u201D to the measure.');
    assert.equal(mixed.length, 1);
    assert.equal(mixed[0]!.kind, 'mixed');
    assert.equal(mixed[0]!.cue, 'said');
    const { quotes: titled } = quotesOf('She appeared on \u201CMeet the Press,\u201D and the interview ran long.');
    assert.equal(titled.length, 0);
  });
  it('survives unbalanced quotation marks', () => {
    const { doc: d, quotes: qs } = quotesOf('\u201CThis quote never closes, said nobody.\nShe said \u201D stray closing marks \u201C do not matter.\n"Straight quotes, too," he said.');
    for (const q of qs) assert.equal(q.text, d.text.slice(q.span.start, q.span.end));
    assert.ok(qs.some((q) => q.text === 'Straight quotes, too,'));
  });

  it('handles a 5,000-word quote and text without punctuation', () => {
    const long = '\u201C' + Array.from({ length: 5000 }, (_, i) => (i % 12 === 11 ? 'word.' : 'word')).join(' ') + ',\u201D the minister said.';
    const { quotes: qs } = quotesOf(long);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.text.split(' ').length, 5000);
    assert.equal(qs[0]!.cue, 'said');
    const flat = Array.from({ length: 3000 }, (_, i) => (i % 7 ? 'said' : 'the envoy')).join(' ');
    assert.doesNotThrow(() => quotesOf(flat));
  });

  it('keeps every span inside the document on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '"', '\u201C', '\u201D', ',', '.', '\n', 'said', 'He', 'that') , maxLength: 200 }), (text) => {
      const { doc: d, quotes: qs } = quotesOf(text);
      for (const q of qs) {
        assert.ok(q.span.start >= 0 && q.span.end <= d.text.length && q.span.start <= q.span.end);
        assert.equal(q.text, d.text.slice(q.span.start, q.span.end));
      }
    }), { numRuns: 200 });
  });
});

describe('findQuotes: cues that report nothing, and group speakers', () => {
  it('reads no speech in "voted for" or a "seeking to" that modifies a noun, but keeps "sought to" and "feared that"', () => {
    const { quotes: qs } = quotesOf([
      'Nine of the 15 members voted for the motion on Thursday.',
      'Opposition lawmakers have filed six bills seeking to limit the emergency powers of the cabinet.',
      'The governor sought the party nomination in 2019.',
      'The finance minister sought to calm investors after the currency fell.',
      'Farmers feared that the drought would last into the autumn.',
    ].join('\n'));
    assert.ok(!qs.some((q) => /the motion|limit the emergency|party nomination/.test(q.text)), qs.map((q) => q.text).join(' | '));
    assert.ok(qs.some((q) => q.cue === 'sought' && q.text.includes('calm investors')));
    assert.ok(qs.some((q) => q.cue === 'feared' && q.text.includes('drought would last')));
  });

  it('resolves "they" to the latest coordination or plural subject, not the last single country', () => {
    const { quotes: qs } = quotesOf([
      'Brazil and Argentina abstained when the trade council voted on the tariff plan proposed by Canada.',
      'They said at the time that the plan would hurt small exporters.',
      'The seven other delegations backed the plan.',
      'They said it would be reviewed in a year.',
    ].join(' '));
    const first = qs.find((q) => q.text.includes('hurt small exporters'));
    assert.equal(first?.speaker, 'Brazil and Argentina');
    assert.equal(first?.text, 'that the plan would hurt small exporters');
    assert.equal(qs.find((q) => q.text.includes('reviewed in a year'))?.speaker, 'The seven other delegations');
  });

  it('takes both conjuncts of a subject whose parts carry an apposition or a relative clause', () => {
    const { quotes: qs } = quotesOf('Talks stalled again on Friday. Japan, the largest creditor, and Germany, whose exporters have lost most, said they would seek a new round of talks.');
    assert.equal(qs.find((q) => q.text.includes('new round'))?.speaker, 'Japan and Germany');
    const plain = quotesOf('Helen Brandt and Tomas Ruiz said the merger would close two plants.').quotes;
    assert.equal(plain[0]?.speaker, 'Helen Brandt and Tomas Ruiz');
  });

  it('links a role phrase ("Ottawa\'s trade envoy") to the one person holding that role', () => {
    const text = [
      'Priya Raman, the Canadian trade envoy to the region, met farm groups in Winnipeg on Monday.',
      "Ottawa's trade envoy said the quota talks could resume within weeks.",
    ].join('\n');
    const { quotes: qs } = quotesOf(text);
    const doc = articleFromText('d', text);
    const raman = resolveEntities([doc]).find((e) => e.name === 'Priya Raman');
    const q = qs.find((x) => x.text.includes('quota talks'));
    assert.ok(raman);
    assert.equal(q?.speakerId, raman.id);
    // Two envoys: no single candidate, so no link to a person.
    const two = quotesOf([
      'Priya Raman, the Canadian trade envoy, met Omar Fathi, the Egyptian envoy, in Cairo on Monday.',
      "Ottawa's trade envoy said the quota talks could resume within weeks.",
    ].join('\n'));
    const e2 = two.quotes.find((x) => x.text.includes('quota talks'));
    assert.notEqual(e2?.speakerId, raman.id);
  });
});

describe('findQuotes: the subject before a cue', () => {
  it('skips a floating quantifier and a time phrase between the subject and the cue', () => {
    const both = quotesOf('Helen Brandt and Tomas Ruiz have both argued that the merger would close two plants.').quotes;
    assert.equal(both[0]?.speaker, 'Helen Brandt and Tomas Ruiz');
    const week = quotesOf('The city council this week announced that the bus fares would rise in March.').quotes;
    assert.match(week[0]?.speaker ?? '', /city council/);
  });

  it('gives "issued a statement saying" to the subject, and a name used as a modifier to no one', () => {
    const issued = quotesOf('The harbour authority issued a statement on Wednesday saying the channel would stay closed.').quotes;
    assert.match(issued.find((q) => q.cue === 'saying')?.speaker ?? '', /harbour authority/);
    const campaign = quotesOf('Maria Lopez met donors in Miami. The Lopez campaign has denied that any money changed hands.').quotes;
    const q = campaign.find((x) => x.cue === 'denied');
    assert.match(q?.speaker ?? '', /campaign/);
    assert.notEqual(q?.speaker, 'Maria Lopez');
    const emailed = quotesOf('The mayor emailed supporters saying: \u201CThe vote will go ahead as planned.\u201D').quotes;
    assert.equal(emailed[0]?.cue, 'saying');
    assert.match(emailed[0]?.speaker ?? '', /mayor/);
  });

  it('reads the subject past an aspectual verb before an -ing cue ("has lately started asking")', () => {
    const { quotes: qs } = quotesOf('Governor Anna Berg has lately started asking whether the dam can be saved.');
    assert.equal(qs.find((q) => q.cue === 'asking')?.speaker, 'Anna Berg');
  });
});

describe('findQuotes: passives, noun cues and coordinated verbs', () => {
  it('reads a passive with an agent as the agent reporting its subject', () => {
    const { quotes: qs } = quotesOf('The shortfall in the pension fund was first reported by the Daily Courier.');
    const q = qs.find((x) => x.cue === 'reported');
    assert.equal(q?.text, 'The shortfall in the pension fund');
    assert.match(q?.speaker ?? '', /Daily Courier/);
  });

  it('gives a passive without an agent no speaker, and keeps its subject in the content', () => {
    const { quotes: qs } = quotesOf('Local contractors have been accused of inflating repair bills after the flood.');
    const q = qs.find((x) => x.cue === 'accused');
    assert.ok(q?.text.startsWith('Local contractors'));
    assert.ok(q?.text.includes('inflating repair bills'));
    assert.equal(q?.speaker, null);
  });

  it('does not take a phrasal verb or an unanswered request for a report', () => {
    const a = quotesOf('The striker went on to score twice in the second half.').quotes;
    assert.equal(a.filter((q) => q.cue === 'went on').length, 0);
    const b = quotesOf('A spokeswoman for the ministry did not immediately respond to requests for comment.').quotes;
    assert.equal(b.length, 0);
    const c = quotesOf('Following a hastily called meeting, the board approved the budget.').quotes;
    assert.equal(c.length, 0);
  });

  it('takes "the claim that ..." as a report by the possessor, or by the subject of the verb holding it', () => {
    const a = quotesOf("Senator Hal Brenner's claim that the bridge was unsafe drew sharp replies from engineers.").quotes;
    const qa = a.find((q) => q.cue === 'claim');
    assert.ok(qa?.text.startsWith('that the bridge was unsafe'));
    assert.match(qa?.speaker ?? '', /Brenner/);
    const b = quotesOf('Critics seized on the warning that the strike could spread to other ports.').quotes;
    const qb = b.find((q) => q.cue === 'warning');
    assert.ok(qb?.text.startsWith('that the strike could spread'));
    assert.equal(qb?.speaker, 'Critics');
    // A noun that seldom carries speech is no cue without its that-clause.
    assert.equal(quotesOf('The assertion drew no response from the council.').quotes.length, 0);
  });

  it('splits "said X and warned Y" into two reports by the same speaker', () => {
    const { quotes: qs } = quotesOf('Mayor Dana Whitfield said the budget would be balanced by June and warned that bus fares could rise.');
    const said = qs.find((q) => q.cue === 'said');
    const warned = qs.find((q) => q.cue === 'warned');
    assert.ok(said && !said.text.includes('bus fares'));
    assert.ok(warned?.text.includes('bus fares could rise'));
    assert.equal(warned?.speaker, 'Dana Whitfield');
  });

  it('keeps a capitalised function word that is part of a name ("Theresa May", "Will Ortega")', () => {
    const { quotes: qs } = quotesOf('Council leader Will Ortega said on Monday that the library would reopen in spring.');
    assert.equal(qs[0]?.speaker, 'Will Ortega');
  });

  it('does not let a quote attributed after itself run into the reported speech before it', () => {
    const { quotes: qs } = quotesOf('She is angry that the county state is cutting school funds. \u201CWe need that money to keep the music program going,\u201D said Ana Ruiz, who has three children.');
    const direct = qs.find((q) => q.kind === 'direct');
    assert.match(direct?.speaker ?? '', /Ana Ruiz/);
    assert.ok(qs.every((q) => q.kind === 'direct' || !q.text.includes('music program')));
  });

  it('reads a speaker whose apposition ends in a comma before a verb with an object ("X, an aide, called ...")', () => {
    const { quotes: qs } = quotesOf('After the vote, Lena Okafor, a spokeswoman for the union, called the new contract \u201Ca real step forward\u201D for nurses.');
    const q = qs.find((q) => q.cue === 'called');
    assert.equal(q?.kind, 'mixed');
    assert.ok(q?.text.startsWith('the new contract'));
    assert.equal(q?.speaker, 'Lena Okafor');
    assert.ok(qs.every((x) => !x.text.startsWith('After the vote')));
  });

  it('attributes transcript turns ("NAME: ...") to their speaker label', () => {
    const { quotes: qs } = quotesOf('Part of the interview follows.\n"BRANDT: Let me ask you about the bridge. Will it be finished this year?\n"MARSH: We expect to open it in the autumn, and the budget has not moved.');
    const turn = qs.find((q) => q.text.startsWith('We expect'));
    assert.equal(turn?.speaker, 'MARSH');
    assert.ok(turn?.text.endsWith('has not moved.'));
    assert.equal(qs.find((q) => q.text.startsWith('Let me ask'))?.speaker, 'BRANDT');
  });

  it('does not read a dateline ("NEW DELHI: ...") as a speaker\'s turn', () => {
    const { quotes: qs } = quotesOf('NEW DELHI: The finance ministry on Monday raised its growth forecast for the year to 7.1 per cent.\nOfficials said the revision reflected strong tax receipts.');
    assert.ok(qs.every((q) => q.speaker !== 'NEW DELHI'));
  });

  it('reads coordinated and hedged shapes: "... and urged", "appeared to", "X now says", "X at the time said"', () => {
    const a = quotesOf('The mayor wrote that the plan was \u201Creckless\u201D and urged residents to attend the hearing.').quotes;
    assert.ok(a.find((q) => q.cue === 'urged')?.text.startsWith('residents to attend'));
    const b = quotesOf('The governor appeared to soften her stance on the pipeline during the debate.').quotes;
    assert.ok(b[0]?.text.startsWith('The governor appeared to soften'));
    const c = quotesOf('Councilman Roy Patel now says he will vote against the budget.').quotes;
    assert.match(c[0]?.speaker ?? '', /Roy Patel/);
    assert.ok(c[0]?.text.startsWith('he will vote against'));
    const d = quotesOf('Senator Amy Larkin at the time said she had not seen the memo.').quotes;
    assert.match(d[0]?.speaker ?? '', /Amy Larkin/);
  });
});
