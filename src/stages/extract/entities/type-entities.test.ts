import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../../lib/article-from-text.ts';
import { resolveEntities } from './index.ts';

// News-style fixtures written for these tests: the role, affiliation, alias and place-for-government cases,
// and the layout cues (results lines, datelines, headings, capitalised headlines) that decide a name's type.

type Ents = ReturnType<typeof resolveEntities>;
const one = (text: string, opts: Parameters<typeof resolveEntities>[1] = {}) => resolveEntities([articleFromText('t', text)], opts);
const named = (ents: Ents, name: string) => ents.find((e) => e.name === name);
/** Type of the entity that has a mention exactly on `surface` (first occurrence in the text). */
function typeAt(ents: Ents, text: string, surface: string): string | undefined {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, `${surface} is in the fixture`);
  return ents.find((e) => e.mentions.some((m) => m.start === start && m.end === start + surface.length))?.type;
}

describe('roles, affiliations and aliases (issue 7)', () => {
  it('reads "U.S. Special Representative X": a modifier and role after a country, no possessive', () => {
    const e = one('U.S. Special Representative Daniel Okafor arrived in Nairobi on Tuesday for talks on the ceasefire.');
    const p = named(e, 'Daniel Okafor');
    assert.equal(p?.type, 'person');
    assert.equal(p?.description, 'U.S. Special Representative');
    assert.equal(p?.affiliationId, named(e, 'United States')?.id);
  });

  it('reads "X, Russia\'s ambassador" and "China\'s UN Ambassador X" with the country as affiliation', () => {
    const e = one([
      "Irina Volkova, Russia's ambassador to the United Nations, rejected the draft.",
      "China's UN Ambassador Liang Wei said the council should wait.",
    ].join('\n'));
    assert.equal(named(e, 'Irina Volkova')?.affiliationId, named(e, 'Russia')?.id);
    assert.equal(named(e, 'Liang Wei')?.description, "China's UN Ambassador");
    assert.equal(named(e, 'Liang Wei')?.affiliationId, named(e, 'China')?.id);
  });

  it('merges an initial and surname ("P. Raman") with the full name written earlier', () => {
    const e = one([
      'Finance Minister Priya Raman presented the budget on Wednesday.',
      'Opposition leaders said P. Raman had cut spending on rural roads, and Raman denied it.',
    ].join('\n'));
    const p = named(e, 'Priya Raman');
    assert.equal(p?.mentions.length, 3);
    assert.ok(p?.aliases.includes('P. Raman'));
  });

  it('takes "Washington\'s approach" and "United States" as one country, and "the North" only beside North Korea', () => {
    const text = [
      "Seoul criticised Washington's approach to the talks, saying the United States had moved too slowly.",
      'Officials said the DPRK had fired two missiles and that the North would test again.',
    ].join('\n');
    const e = one(text);
    const us = named(e, 'United States');
    assert.ok(us?.aliases.includes('Washington'));
    assert.equal(typeAt(e, text, 'Washington'), 'country');
    assert.ok(named(e, 'South Korea')?.aliases.includes('Seoul'), 'Seoul criticised → its government');
    assert.ok(named(e, 'North Korea')?.aliases.includes('the North'));
  });
});

describe('types from layout and wording', () => {
  it('reads countries and cities in results lines as teams, the host city of a fixture as a place', () => {
    const text = ['Brazil 3 Chile 0', 'Ajax 2 ( Mertens 17th , Dolberg 64th ) Feyenoord 1', 'DENVER AT PHOENIX'].join('\n');
    const e = one(text, { keepUntyped: 'all' });
    assert.equal(typeAt(e, text, 'Brazil'), 'organization');
    assert.equal(typeAt(e, text, 'Chile'), 'organization');
    assert.equal(typeAt(e, text, 'Ajax'), 'organization');
    assert.equal(typeAt(e, text, 'Feyenoord'), 'organization');
    assert.equal(typeAt(e, text, 'Mertens'), 'person');
    assert.equal(typeAt(e, text, 'DENVER'), 'organization');
    assert.equal(typeAt(e, text, 'PHOENIX'), 'place');
    // The same country in a sentence stays a country.
    const prose = 'Brazil said on Monday it would send 3 ships.';
    assert.equal(typeAt(one(prose), prose, 'Brazil'), 'country');
  });

  it('reads a dateline\'s town and region as places', () => {
    const text = ['GRANDVILLE , Michigan 2023-05-14', 'Flood waters rose overnight, officials said.', 'TALLOWAY , Ore .', 'The mill closed.'].join('\n');
    const e = one(text, { keepUntyped: 'all' });
    assert.equal(typeAt(e, text, 'GRANDVILLE'), 'place');
    assert.equal(typeAt(e, text, 'Michigan'), 'place');
    assert.equal(typeAt(e, text, 'TALLOWAY'), 'place');
    assert.equal(typeAt(e, text, 'Ore'), 'place');
  });

  it('keeps capitalised common words (headings, table labels) out, but not a team called by a common word', () => {
    const text = ['Results', 'Net Income 412 388', 'Quarter-finals :', 'The Rangers lost again on Sunday.'].join('\n');
    const e = one(text, { keepUntyped: 'all' });
    for (const s of ['Results', 'Net Income', 'Income', 'Quarter-finals']) assert.equal(e.find((x) => x.name === s), undefined, s);
    assert.equal(typeAt(e, text, 'Rangers'), 'organization');
  });

  it('reads whole organisation names: "Bank of Canada", "X and Y Commission", possessives, a nationality before a name', () => {
    const text = [
      'The Bank of Canada held rates, and the Securities and Exchange Commission opened an inquiry.',
      "Moody 's Investors Service cut the rating of Dutch Telecom.",
    ].join('\n');
    const e = one(text, { keepUntyped: 'all' });
    for (const s of ['Bank of Canada', 'Securities and Exchange Commission', "Moody 's Investors Service", 'Dutch Telecom']) {
      assert.equal(typeAt(e, text, s), 'organization', s);
    }
  });

  it('types events, nationality groups and currencies as other (with nationality words on)', () => {
    const text = [
      'Iraqi Kurds fled north as the Canadian Open began and the Davis Cup final was postponed.',
      'Profit rose to HK$ 4.1 billion.',
    ].join('\n');
    const e = one(text, { nationalities: true, keepUntyped: 'all' });
    for (const s of ['Iraqi Kurds', 'Canadian Open', 'Davis Cup', 'HK$']) assert.equal(typeAt(e, text, s), 'other', s);
    // The report's defaults list no nationality groups.
    assert.equal(typeAt(one(text), text, 'Iraqi Kurds'), undefined);
  });

  it('finds names in a capitalised headline when the body writes them in mixed case', () => {
    const text = ['SOCCER - OKONJO SIGNS FOR HARTLEPOOL .', 'Striker Daniel Okonjo joined Hartlepool United on Friday, the club said.'].join('\n');
    const e = one(text, { keepUntyped: 'all' });
    const p = named(e, 'Daniel Okonjo');
    assert.ok(p?.aliases.includes('OKONJO'), 'headline surname joins the person');
    assert.equal(typeAt(e, text, 'SOCCER'), undefined);
  });

  it('gives an untyped name in a list the type of its neighbours', () => {
    const text = 'The squad: Tom Elsworth , Ravi Chandran , Okoro , Peter Vance .';
    const e = one(text, { keepUntyped: 'all' });
    assert.equal(typeAt(e, text, 'Okoro'), 'person');
  });
});

describe('organisations and other names (CoNLL ORG and MISC conventions)', () => {
  const conll = { nationalities: true, keepUntyped: 'all' } as const;

  it('keeps a company suffix\'s full stop and joins founders\' names with "&"', () => {
    const text = 'Shares of Harwell Corp. rose after Bram & Lutz said it would buy the pump maker.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Harwell Corp.'), 'organization');
    assert.equal(typeAt(e, text, 'Bram & Lutz'), 'organization');
  });

  it('reads "Denver-based" and "U.S.-led" as qualifiers, not as the place', () => {
    const text = 'A Denver-based fund said U.S.-led forces had left the port.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Denver-based'), 'other');
    assert.equal(typeAt(e, text, 'U.S.-led'), 'other');
    assert.equal(e.some((x) => x.name === 'Denver'), false);
    // Without nationality words the qualifier is not reported, and the country of "U.S.-led" still is.
    const plain = one(text);
    assert.equal(typeAt(plain, text, 'Denver-based'), undefined);
    assert.ok(named(plain, 'United States'));
  });

  it('takes a place or nationality word into a party\'s name, but not into a ministry\'s', () => {
    const text = 'Leaders of the Zambian Democratic Front met officials of the Norwegian Foreign Ministry in Oslo.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Zambian Democratic Front'), 'organization');
    assert.equal(typeAt(e, text, 'Norwegian'), 'other');
    assert.equal(typeAt(e, text, 'Foreign Ministry'), 'organization');
  });

  it('leaves a person after a nationality word a person ("Australian Lena Hartwig")', () => {
    const text = 'Australian Lena Hartwig beat American Tara Voss in straight sets on Sunday.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Lena Hartwig'), 'person');
    assert.equal(typeAt(e, text, 'Tara Voss'), 'person');
    assert.equal(typeAt(e, text, 'Australian'), 'other');
  });

  it('names leagues, treaties, holidays and market indexes as other', () => {
    const text = [
      'He leads the American League in home runs, while the Dutch first division starts next week.',
      'The Treaty of Varnholm was signed before the Labour Day holiday.',
      'The Nikkei average fell 1.2 percent.',
    ].join('\n');
    const e = one(text, conll);
    for (const s of ['American League', 'Treaty of Varnholm', 'Labour Day', 'Nikkei']) assert.equal(typeAt(e, text, s), 'other', s);
    assert.equal(typeAt(e, text, 'Dutch'), 'other');
    assert.equal(e.some((x) => x.name === 'Dutch first division'), false);
  });

  it('reads a city as its team after "side" and elsewhere in the story, but not after "in"', () => {
    const text = ['Baretti will coach first division side Lyon, the club said.', 'Lyon have lost three games this season.', 'Baretti was born in Lyon.'].join('\n');
    const e = one(text, conll);
    const at = (from: number) => text.indexOf('Lyon', from);
    const typeOf = (start: number) => e.find((x) => x.mentions.some((m) => m.start === start))?.type;
    assert.equal(typeOf(at(0)), 'organization');
    assert.equal(typeOf(at(at(0) + 1)), 'organization');
    assert.equal(typeOf(text.lastIndexOf('Lyon')), 'place');
  });

  it('types names by the noun beside them: "the daily X", "X shares"', () => {
    const text = 'The daily Kurier Poranny said Telco Arvida shares fell, and Piotr Kowal\'s newspaper agreed.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Kurier Poranny'), 'organization');
    assert.equal(typeAt(e, text, 'Telco Arvida'), 'organization');
    assert.equal(typeAt(e, text, 'Piotr Kowal'), 'person');
  });

  it('reads an unknown name after "at" as a venue, unless someone works there', () => {
    const text = 'Essex won the match at Brindlecombe on Saturday, said Tom Reed, an analyst at Harrowgate.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Brindlecombe'), 'place');
    assert.equal(typeAt(e, text, 'Harrowgate'), 'organization');
  });

  it('drops table abbreviations that open a line ("Avg shrs")', () => {
    const text = 'Net profit 4.1 million vs 3.2 million\nAvg shrs 4,100 3,900';
    assert.equal(typeAt(one(text, conll), text, 'Avg'), undefined);
  });

  it('finds an acronym in a capitalised headline when the body writes it', () => {
    const text = ['BOXING - WBA STRIPS CHAMPION OF TITLE .', 'The WBA said on Friday the champion had failed to defend his belt.'].join('\n');
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'WBA'), 'organization');
  });
});

describe('typing single words, facilities, titles and results lines', () => {
  const conll = { keepUntyped: 'all', nationalities: true } as const;

  it('reads a person named by first name after the full name, and roles of sport and family before a name', () => {
    const text = 'Grant Hollister retired on Monday. Fans cheered Grant at the stadium, and goalkeeper Tomas Brandl and his wife Marisol waved.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Grant Hollister'), 'person');
    assert.equal(e.find((x) => x.mentions.some((m) => m.start === text.indexOf('Grant at')))?.type, 'person');
    assert.equal(typeAt(e, text, 'Tomas Brandl'), 'person');
    assert.equal(typeAt(e, text, 'Marisol'), 'person');
  });

  it('keeps a capitalised family word as part of a name ("Mother Agnes")', () => {
    const text = 'Doctors said Mother Agnes was resting in a hospital in Lisbon.';
    assert.equal(typeAt(one(text, conll), text, 'Mother Agnes'), 'person');
  });

  it('reads a city before a player\'s position as his club', () => {
    const text = 'The Hamburg striker Piet Vogel scored twice on Sunday.';
    assert.equal(typeAt(one(text, conll), text, 'Hamburg'), 'organization');
  });

  it('reads buildings and facilities as places, party followers as a group', () => {
    const text = 'Democrats gathered outside Riverside Hospital and the Carver Museum on Friday.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Riverside Hospital'), 'place');
    assert.equal(typeAt(e, text, 'Carver Museum'), 'place');
    assert.equal(typeAt(e, text, 'Democrats'), 'other');
  });

  it('reads the first team of a results line even when it is a common word, and a standings row', () => {
    const text = ['Reading 2 Colbridge 2', 'Blackpool 0 Wexham 1', 'Carrick Athletic 5 3 1 1 9 4 10', 'Zelena ( B ) 5 2 2 1 7 6 8'].join('\n');
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Reading'), 'organization');
    assert.equal(typeAt(e, text, 'Blackpool'), 'organization');
    assert.equal(typeAt(e, text, 'Carrick Athletic'), 'organization');
    assert.equal(typeAt(e, text, 'B'), undefined, 'a letter in brackets names no club');
  });

  it('reads quoted titles of works, and leaves quoted speech and nicknames alone', () => {
    const text = 'Her novel " A House of Small Mercies " sold well . " We will win , " said Dario " The Hammer " Vance .';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'A House of Small Mercies'), 'other');
    assert.equal(typeAt(e, text, 'The Hammer'), undefined);
    assert.equal(typeAt(e, text, 'We'), undefined);
  });

  it('reads codes as things and month ranges and acronyms of common nouns as no names', () => {
    const text = 'Two T-90 tanks stood by the road. Feb-May GDP rose 2 percent, the agency said.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'T-90'), 'other');
    assert.equal(typeAt(e, text, 'Feb-May'), undefined);
    assert.equal(typeAt(e, text, 'GDP'), undefined);
  });

  it('reads whole organisation names: a carrier named by a service and a country, coordinated objects, two firms', () => {
    const text = 'Air Canada pilots voted, the Department of Housing and Urban Development said, and Brandt Inc and Loman Corp agreed.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Air Canada'), 'organization');
    assert.equal(typeAt(e, text, 'Department of Housing and Urban Development'), 'organization');
    assert.equal(typeAt(e, text, 'Brandt Inc'), 'organization');
    assert.equal(typeAt(e, text, 'Loman Corp'), 'organization');
  });

  it('reads older spellings of countries, a region, and "the South Korean" as the nationality word', () => {
    const text = 'Runners from Kazakstan and the Midwest met, the South Korean embassy said.';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Kazakstan'), 'country');
    assert.equal(typeAt(e, text, 'Midwest'), 'place');
    assert.equal(typeAt(e, text, 'South Korean'), 'other');
  });

  it('keeps a firm\'s possessive where the story shortens its name, and a plural possessive inside a name', () => {
    const text = "The purchase of Harlan 's Bancorp Inc. closed . Harlan 's shares rose , the Dairy Farmers ' Union said .";
    const e = one(text, conll);
    assert.equal(typeAt(e, text, "Harlan 's Bancorp Inc."), 'organization');
    const second = text.indexOf("Harlan 's shares");
    assert.ok(e.some((x) => x.type === 'organization' && x.mentions.some((m) => m.start === second && m.end === second + 9)));
    assert.equal(typeAt(e, text, "Dairy Farmers ' Union"), 'organization');
  });

  it('reads a listed firm before "industrial average" as an index, a ship after "aircraft carrier", a named day apart from its country', () => {
    const text = 'Stocks slipped and the Dow Jones industrial average lost 40 points as the aircraft carrier Resolute sailed ; U.S. Independence Day falls on Friday , and the Commission on Judicial Conduct met .';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Dow Jones'), 'other');
    assert.equal(typeAt(e, text, 'Resolute'), 'other');
    assert.equal(typeAt(e, text, 'U.S.'), 'country');
    assert.equal(typeAt(e, text, 'Independence Day'), 'other');
    assert.equal(typeAt(e, text, 'Commission on Judicial Conduct'), 'organization');
  });

  it('reads layout of sports results: golf rounds, a pitcher\'s record, fixtures joined by "v", a town\'s initial after a club', () => {
    const text = ['281 Ana Ruiz ( Spain ) 70 71 69 71 , Brennick 68 72 70 71', 'Holt ( 11-6 ) struck out six .', 'Division two - Leeds v Farnham , Oxford v Calder', 'Kovac ( N ) 5 3 1 1 9 4 10'].join('\n');
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Ana Ruiz'), 'person');
    assert.equal(typeAt(e, text, 'Brennick'), 'person');
    assert.equal(typeAt(e, text, 'Holt'), 'person');
    assert.equal(typeAt(e, text, 'Leeds'), 'organization');
    assert.equal(typeAt(e, text, 'Oxford'), 'organization');
    assert.equal(typeAt(e, text, 'Kovac ( N )'), 'organization');
  });

  it('reads a city before a plural group word as a team, and the city as the team elsewhere in the story', () => {
    const text = 'The Chicago Scots lost 4-2 on Sunday , and Mark Teller homered for Chicago .';
    const e = one(text, conll);
    assert.equal(typeAt(e, text, 'Chicago Scots'), 'organization');
    assert.equal(e.find((x) => x.mentions.some((m) => m.start === text.lastIndexOf('Chicago')))?.type, 'organization');
  });

  it('reads a two-word name whose given name is on the longer list ("Damien Hale")', () => {
    const text = 'The round was led by Damien Hale on Thursday.';
    assert.equal(typeAt(one(text, conll), text, 'Damien Hale'), 'person');
  });
});
