/** @module reuse/edit-kind — what kind of change one edit inside a reused passage is. */
import lexicon from '../../../data/speech-verbs.json' with { type: 'json' };
import { spellingKey } from '../../lib/text/spelling-key.ts';

export type EditKind = 'wording' | 'number' | 'date' | 'attribution' | 'spelling' | 'addition' | 'removal';

/** Words that introduce speech (data/speech-verbs.json: reporting verbs, 'according', statement nouns); a change among them changes the attribution. */
const SPEECH = new Set<string>([
  ...Object.values(lexicon.verbs as Record<string, string[]>).flat(),
  ...(lexicon.nouns as string[]).filter((n) => !n.includes(' ')),
  'according', 'spokesman', 'spokeswoman', 'spokesperson',
].map((w) => w.toLowerCase()));

const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'week', 'weekend', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'last', 'next', 'ago', 'earlier', 'later',
]);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'dozen', 'dozens', 'half', 'percent', 'per', 'cent',
]);

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*/gu) ?? []);
const isNumber = (w: string) => /\d/.test(w) || NUMBER_WORDS.has(w);
const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);
const isDay = (w: string) => /^\d{1,2}(st|nd|rd|th)?$/.test(w);

/**
 * Kind of the change `from` → `to` (either may be empty). Order of tests: spelling (same words once case,
 * punctuation and US/UK spelling are folded), addition/removal, attribution (a speech verb or speaker changed),
 * date (weekday, month, year, relative day), number, else wording (a framing substitution).
 */
export function editKind(from: string, to: string): EditKind {
  // Copies of one wire story repeat the same edits across many pairs: each (from, to) is classified once.
  const key = from + '\u0000' + to;
  let kind = KIND_MEMO.get(key);
  if (kind === undefined) {
    kind = classify(from, to);
    if (KIND_MEMO.size >= KIND_MEMO_SIZE) KIND_MEMO.clear();
    KIND_MEMO.set(key, kind);
  }
  return kind;
}

const KIND_MEMO = new Map<string, EditKind>();
const KIND_MEMO_SIZE = 20_000;

function classify(from: string, to: string): EditKind {
  const wf = words(from);
  const wt = words(to);
  if (wf.map(spellingKey).join(' ') === wt.map(spellingKey).join(' ')) return 'spelling';
  if (wf.length === 0) return 'addition';
  if (wt.length === 0) return 'removal';
  const changed = (pred: (w: string) => boolean) => {
    const f = wf.filter(pred).join(' ');
    const t = wt.filter(pred).join(' ');
    return f !== t;
  };
  // A speech word changed on both sides ("told" → "said"), or one added or dropped inside a short edit;
  // a long rewritten clause that happens to hold "fear" or "report" is wording.
  const sf = wf.filter((w) => SPEECH.has(w)).length;
  const st = wt.filter((w) => SPEECH.has(w)).length;
  const short = Math.max(wf.length, wt.length) <= 4;
  if ((sf || st) && (short || (sf && st)) && changed((w) => SPEECH.has(w))) return 'attribution';
  const dateLike = (w: string, all: string[]) => DATE_WORDS.has(w) || isYear(w) || (isDay(w) && all.some((x) => DATE_WORDS.has(x)));
  if (wf.some((w) => dateLike(w, wf)) || wt.some((w) => dateLike(w, wt))) return 'date';
  if (wf.some(isNumber) || wt.some(isNumber)) return 'number';
  return 'wording';
}
