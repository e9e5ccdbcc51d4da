/**
 * @module garbled-acronym — an acronym whose letters do not match the expansion it stands beside:
 * "intercontinental ballistic missile (IBM)" (standard: ICBM), "United Nations Security Council (UNCS)".
 */
import type { Article, SourceFlag, Span } from '../../../core/index.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';
import known from '../../../../data/acronyms.json' with { type: 'json' };
import { lettersFit, initials } from './acronym-letters.ts';

const ACRONYM_IN_PARENS = /\(([A-Z][A-Za-z0-9&.]{1,9})\)/g;

/** Expansion (lower case) → its standard acronym, from data/acronyms.json. */
const STANDARD = new Map<string, string>();
for (const [acr, exps] of Object.entries(known.acronyms as Record<string, string[]>)) for (const e of exps) STANDARD.set(e, acr);

function upperLetters(acr: string): number {
  return (acr.match(/[A-Z0-9]/g) ?? []).length;
}

/** The words before `at` in the same sentence, nearest last. */
function wordsBefore(text: string, at: number, max: number): { word: string; start: number }[] {
  const from = Math.max(0, at - 200);
  const seg = text.slice(from, at);
  const cut = Math.max(seg.lastIndexOf('. '), seg.lastIndexOf('\n'), seg.lastIndexOf('('), seg.lastIndexOf(')'));
  const words = [...seg.slice(cut + 1).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)].map((m) => ({ word: m[0], start: from + cut + 1 + m.index! }));
  return words.slice(-max);
}

function flag(doc: Article, start: number, end: number, message: string): SourceFlag {
  const evidence: Span[] = [{ documentId: doc.id, start, end }];
  return { kind: 'garbled-acronym', message, evidence };
}

/** Flags for one document's body. */
export function findGarbledAcronyms(doc: Article): SourceFlag[] {
  const out: SourceFlag[] = [];
  for (const para of doc.paragraphs) {
    const text = doc.text.slice(0, para.end);
    ACRONYM_IN_PARENS.lastIndex = para.start;
    for (let m = ACRONYM_IN_PARENS.exec(text); m; m = ACRONYM_IN_PARENS.exec(text)) {
      const acr = m[1]!;
      const n = upperLetters(acr);
      if (n < 2 || n > 8 || acr === acr.toLowerCase()) continue;
      const before = wordsBefore(doc.text, m.index, n + 4);
      const endOfAcr = m.index + m[0].length;
      // 1. The expansion is a known one whose standard acronym is a different one.
      let reported = false;
      for (let k = before.length - 1; k >= 0 && !reported; k--) {
        const phrase = before.slice(k).map((w) => w.word).join(' ').toLowerCase().replace(/\u2019/g, "'");
        const standard = STANDARD.get(phrase);
        if (standard && standard.toUpperCase() !== acr.replace(/s$/, '').toUpperCase()) {
          out.push(flag(doc, before[k]!.start, endOfAcr, `"${acr}" stands beside "${phrase}", which is abbreviated ${standard}`));
          reported = true;
        }
      }
      if (reported) continue;
      // 2. The words before it look like its expansion (their initials share most of its letters) but the letters do not fit.
      const content = before.filter((w) => !isFunctionWord(w.word));
      const window = content.slice(-n);
      if (window.length < n || !window.every((w) => /^\p{Lu}/u.test(w.word))) continue;
      const phrase = doc.text.slice(window[0]!.start, m.index).trim();
      if (lettersFit(acr, phrase)) continue;
      const ini = initials(window.map((w) => w.word));
      const letters = acr.toLowerCase().replace(/[^a-z0-9]/g, '');
      const shared = [...letters].filter((c) => ini.includes(c)).length;
      if (shared / letters.length < 0.75 || ini[0] !== letters[0]) continue;
      out.push(flag(doc, window[0]!.start, endOfAcr, `"${acr}" does not match the letters of "${phrase}" beside it`));
    }
  }
  return out;
}
