/** @module reuse/body-tokens — the words of a document's body (and headline), with match keys and passage breaks. */
import type { Article } from '../../core/index.ts';
import { tokenize, type Token } from '../../lib/text/tokenize.ts';
import { spellingKey } from '../../lib/text/spelling-key.ts';
import { stringHash32 } from '../../lib/hash/string-hash.ts';

/** A document's analysable words. Offsets are into Article.text. */
export interface BodyTokens {
  tokens: Token[];
  /** Hash of each token's spelling key: what matching compares. */
  keys: Uint32Array;
  /** breakBefore[i]: text that is not body (site noise, a headline gap) lies between token i-1 and i. */
  breakBefore: Uint8Array;
  /** Body words only (the headline excluded), for shares and containment. */
  bodyWords: number;
}

/** Word → hash of its spelling key. Words follow Zipf's law, so a bounded memo saves most of the folding. */
const KEY_MEMO = new Map<string, number>();
const KEY_MEMO_SIZE = 200_000;

function keyHash(word: string): number {
  let h = KEY_MEMO.get(word);
  if (h !== undefined) return h;
  h = stringHash32(spellingKey(word));
  if (KEY_MEMO.size >= KEY_MEMO_SIZE) KEY_MEMO.clear();
  KEY_MEMO.set(word, h);
  return h;
}

/** Body paragraphs in reading order, plus the headline when it is not inside one; the whole text when clean found no paragraphs. */
function segments(doc: Article): { start: number; end: number; body: boolean }[] {
  const paras = doc.paragraphs.map((p) => ({ start: p.start, end: p.end, body: true })).sort((a, b) => a.start - b.start);
  if (paras.length === 0) return [{ start: 0, end: doc.text.length, body: true }];
  const t = doc.titleSpan;
  if (t && !paras.some((p) => p.start < t.end && t.start < p.end)) paras.push({ start: t.start, end: t.end, body: false });
  return paras.sort((a, b) => a.start - b.start);
}

export function bodyTokens(doc: Article): BodyTokens {
  const tokens: Token[] = [];
  const breaks: number[] = [];
  let bodyWords = 0;
  let prevEnd = -1;
  let prevBody = true;
  for (const seg of segments(doc)) {
    if (seg.end <= prevEnd) continue;
    const start = Math.max(seg.start, prevEnd);
    const words = tokenize(doc.text.slice(start, seg.end), start);
    if (words.length === 0) continue;
    // Adjacent segments separated only by white space read on; anything else between them breaks a passage.
    if (tokens.length && (seg.body !== prevBody || /\S/.test(doc.text.slice(prevEnd, start)))) breaks.push(tokens.length);
    for (const w of words) tokens.push(w);
    if (seg.body) bodyWords += words.length;
    prevEnd = seg.end;
    prevBody = seg.body;
  }
  const keys = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) keys[i] = keyHash(tokens[i]!.text);
  const breakBefore = new Uint8Array(tokens.length);
  for (const b of breaks) breakBefore[b] = 1;
  return { tokens, keys, breakBefore, bodyWords };
}
