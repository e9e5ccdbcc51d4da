/**
 * @module time/hints — which rules' hints a sentence passes, from one combined scan instead of one per rule.
 *
 * Testing ~30 hints one by one scans every sentence ~30 times, and about half the sentences pass none. Here the
 * hints are joined as alternatives of one regex run over the sentence at every start position; where it matches,
 * the first hint matching there is known, and only the later hints are tried again, at that position alone
 * (sticky). A hint matches somewhere iff it matches at a position where the joined regex matches, so every answer
 * equals `hint.test(sentence)`.
 */
import type { Rule } from './rules.ts';

/** Number of capture groups in a regex source. */
const groupsIn = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;

/** Whether the hint means the same inside the joined, case-insensitive regex: no backreferences or named groups, and case-sensitive only when it holds no letters. */
function joinable(hint: RegExp): boolean {
  if (/\\[1-9k]|\(\?<[^=!]/.test(hint.source)) return false;
  if (hint.flags === 'i') return true;
  return hint.flags === '' && !/[A-Za-z]/.test(hint.source.replace(/\\[bBdDsSwW]|\\[^A-Za-z]/g, ''));
}

/** Whether the source starts with \b that holds for every top-level alternative ("\bweek of\b", not "\ba|b"). */
function wordLed(source: string): boolean {
  if (!source.startsWith('\\b') || /^[*+?{]/.test(source.slice(2))) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

export class HintScanner {
  /** Per rule: index of its hint among the joined ones, or -1 when it is tested on its own. */
  private readonly slot: number[];
  private readonly alone: RegExp[];
  /** Per joined hint: the number of capture groups inside it. */
  private readonly inner: number[];
  private readonly scan: RegExp;
  /** Each joined hint alone, anchored at lastIndex. */
  private readonly sticky: RegExp[];

  constructor(rules: Rule[]) {
    const unique = [...new Set(rules.filter((r) => joinable(r.hint)).map((r) => r.hint.source))];
    // Hints that open with \b share one \b (tested once per position, which roughly halves the scan), the rest
    // follow; `joined` is their order in the regex, which is what "later" means in `passes`.
    const led = unique.filter(wordLed);
    const rest = unique.filter((h) => !wordLed(h));
    const joined = [...led, ...rest];
    this.alone = rules.map((r) => r.hint);
    this.slot = rules.map((r) => (joinable(r.hint) ? joined.indexOf(r.hint.source) : -1));
    this.inner = joined.map(groupsIn);
    const alternatives = [
      ...(led.length ? [`\\b(?:${led.map((h) => `(${h.slice(2)})`).join('|')})`] : []),
      ...rest.map((h) => `(${h})`),
    ];
    this.scan = new RegExp(alternatives.join('|'), 'gi');
    this.sticky = joined.map((h) => new RegExp(h, 'iy'));
  }

  /** For each rule, whether its hint matches somewhere in `text` (as `rule.hint.test(text)`). */
  passes(text: string): boolean[] {
    const hit = new Array<boolean>(this.inner.length).fill(false);
    this.scan.lastIndex = 0;
    for (let m = this.inner.length ? this.scan.exec(text) : null; m; m = this.scan.exec(text)) {
      const at = m.index;
      // The first hint matching here; the later ones are tried here alone.
      const first = this.which(m);
      hit[first] = true;
      for (let j = first + 1; j < this.sticky.length; j++) {
        if (hit[j]) continue;
        const re = this.sticky[j]!;
        re.lastIndex = at;
        if (re.test(text)) hit[j] = true;
      }
      this.scan.lastIndex = at + 1;
    }
    return this.slot.map((slot, i) => (slot >= 0 ? hit[slot]! : this.alone[i]!.test(text)));
  }

  /** Index of the joined hint a match of `scan` came from. */
  private which(m: RegExpExecArray): number {
    let group = 1;
    for (let j = 0; j < this.inner.length; j++) {
      if (m[group] !== undefined) return j;
      group += 1 + this.inner[j]!;
    }
    return -1;
  }
}
