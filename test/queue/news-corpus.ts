/**
 * Test helper: a small news corpus written for these tests — several events, each reported by
 * several outlets in their own words, as JSON Lines files (one record per article).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Event { headlines: string[]; sentences: string[]; day: string }

const EVENTS: Event[] = [
  {
    day: '2025-02-11',
    headlines: ['Flooding forces thousands from homes along the Severn', 'River Severn bursts banks as storm lashes western England', 'Thousands evacuated as Severn floods towns'],
    sentences: [
      'Emergency crews evacuated more than 3,000 residents from riverside streets in Shrewsbury and Bewdley on Tuesday after the River Severn burst its banks.',
      'The Environment Agency issued 14 severe flood warnings, its highest level, meaning there is a danger to life.',
      '"We are asking people to leave now and not wait for the water to reach their doors," said Helen Marsh, the agency\'s duty manager for the Midlands.',
      'Rainfall of up to 90 millimetres fell on saturated ground in the Welsh hills over 36 hours, forecasters said.',
      'Temporary barriers were put up in Bewdley overnight, but water flowed around them before dawn.',
      'Schools in the two towns were closed and a rest centre opened at a leisure centre on higher ground.',
      'The river is expected to peak on Wednesday evening at Worcester, where defences were raised in 2021.',
      'Local councillors said the evacuation was the largest in the county since the floods of 2007.',
    ],
  },
  {
    day: '2025-02-12',
    headlines: ['Central bank holds rates at 4.5% as inflation cools', 'Bank keeps interest rates on hold, signals cuts later this year', 'Rates unchanged at 4.5 per cent after split vote'],
    sentences: [
      'The central bank held its benchmark interest rate at 4.5% on Wednesday, saying inflation was falling more slowly than it had hoped.',
      'Seven members of the monetary policy committee voted to hold, while two voted for a cut of a quarter point.',
      'Inflation fell to 3.1% in January from 3.4% a month earlier, official figures showed last week.',
      '"We need to be confident that inflation will stay low before we cut," Governor Daniel Okafor told reporters.',
      'Markets had priced in a small chance of a cut, and the currency rose 0.4% against the dollar after the decision.',
      'Mortgage lenders said they expected fixed rates to edge down over the spring.',
      'The bank lowered its growth forecast for this year to 0.8% from 1.1%.',
      'Business groups urged the bank to move faster, warning that high borrowing costs were holding back investment.',
    ],
  },
  {
    day: '2025-02-13',
    headlines: ['Dock workers strike halts cargo at three ports', 'Port strike leaves container ships waiting offshore', 'Ports at standstill as dockers walk out over pay'],
    sentences: [
      'Dock workers at Felixstowe, Southampton and Liverpool walked out on Thursday in a dispute over pay, halting container traffic at all three ports.',
      'The union said 4,200 members had joined the 48-hour strike after rejecting a 5% pay offer.',
      '"Our members have kept trade moving through every crisis and they deserve a fair deal," said union organiser Priya Nandakumar.',
      'At least 22 container ships were anchored offshore by midday, according to ship-tracking data.',
      'The port operators said the offer was fair and called on the union to return to talks.',
      'Retailers warned that a long dispute could delay spring stock reaching shops.',
      'Ferry services for passengers were not affected, the operators said.',
      'Talks at the conciliation service are due to resume on Monday.',
    ],
  },
  {
    day: '2025-02-14',
    headlines: ['Magnitude 6.2 earthquake strikes off northern Chile', 'Strong quake shakes Antofagasta, no tsunami threat', 'Chile earthquake damages buildings in Antofagasta'],
    sentences: [
      'A magnitude 6.2 earthquake struck off the coast of northern Chile early on Friday, shaking buildings in the port city of Antofagasta.',
      'The quake hit at a depth of 35 kilometres, about 60 kilometres west of the city, the national seismological centre said.',
      'The navy ruled out a tsunami threat within an hour of the quake.',
      '"The houses shook for almost a minute, and everyone ran into the street," said Camila Rojas, a shopkeeper in the city centre.',
      'Two people were treated in hospital for minor injuries, and power was cut to 18,000 homes for several hours.',
      'Copper mines in the region said operations were briefly halted for safety checks.',
      'Chile sits on the Pacific Ring of Fire and is one of the most seismically active countries in the world.',
      'Several aftershocks above magnitude 4 were recorded during the morning.',
    ],
  },
];

const OUTLETS = ['The Daily Ledger', 'Northern Courier', 'Metro Wire', 'Harbour Gazette', 'The Evening Post', 'Coastal Times'];

export interface NewsRecord { title: string; text: string; outlet: string; published: string; url: string }

/** The n-th article: an event, an outlet, and that outlet's own choice and order of sentences. */
export function newsArticle(n: number): NewsRecord {
  const ev = EVENTS[n % EVENTS.length]!;
  const k = Math.floor(n / EVENTS.length);
  const outlet = OUTLETS[k % OUTLETS.length]!;
  const picked = ev.sentences.filter((_, i) => (i * 7 + k * 3) % 5 !== 0 || i === 0);
  // Rotate all but the lead so each write-up orders its paragraphs differently.
  const rest = picked.slice(1);
  const r = k % Math.max(1, rest.length);
  const body = [picked[0]!, ...rest.slice(r), ...rest.slice(0, r)];
  const title = ev.headlines[k % ev.headlines.length]!;
  const note = `${outlet} update ${k + 1}: this report was revised at ${String(8 + (k % 12)).padStart(2, '0')}:${String((k * 13) % 60).padStart(2, '0')} local time with new details.`;
  return {
    title, outlet, published: ev.day, url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, '-')}/${n}`,
    text: [title, ...body, note].join('\n\n'),
  };
}

/** Write articles [from, to) as JSON Lines files of `perFile` records into `dir`; returns the file paths. */
export function writeNewsFiles(dir: string, from: number, to: number, perFile: number, prefix = 'batch'): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let start = from; start < to; start += perFile) {
    const lines = [];
    for (let n = start; n < Math.min(to, start + perFile); n++) lines.push(JSON.stringify(newsArticle(n)));
    const file = join(dir, `${prefix}-${String(start).padStart(5, '0')}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}
