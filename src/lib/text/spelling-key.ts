/** @module spelling-key — a word's matching key: case, inner punctuation and common US/UK spellings folded. */

/** Whole-word US/UK pairs that suffix rules cannot reach (UK → US). */
const WORDS: Record<string, string> = {
  programme: 'program', programmes: 'programs', aluminium: 'aluminum', grey: 'gray', tyre: 'tire', tyres: 'tires',
  cheque: 'check', kerb: 'curb', plough: 'plow', mould: 'mold', sceptic: 'skeptic', sceptical: 'skeptical',
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', travelled: 'traveled',
  travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling', labelled: 'labeled', modelling: 'modeling',
  fuelled: 'fueled', fuelling: 'fueling', counsellor: 'counselor', jewellery: 'jewelry', judgement: 'judgment',
  ageing: 'aging', manoeuvre: 'maneuver', catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog',
};

/**
 * Key under which two spellings of one word match: lower case, apostrophes/dots/hyphens dropped
 * ("U.S." = "US", "non-binding" = "nonbinding"), UK -our/-ise/-yse/-tre and listed words folded to US.
 * Used only for matching; the words as written are kept for reporting spelling edits.
 */
export function spellingKey(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019.\-]/g, '');
  const listed = WORDS[w];
  if (listed) return listed;
  if (w.length >= 6) {
    w = w.replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
      .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
      .replace(/ys(e|es|ed|ing)$/, 'yz$1')
      .replace(/tre(s)?$/, 'ter$1');
  }
  return w;
}
