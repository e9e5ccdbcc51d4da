/**
 * @module template-vocabulary — the fixed words the brief's connective sentences may use beyond their
 * cited spans ("N independent sources report: ..."). Nothing else in a brief may be unsupported.
 */

/** Counts the templates spell out (digits in a brief always come from a cited span). */
export const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as a word when the templates have one for it, else null (the template then avoids the count). */
export function countWord(n: number): string | null {
  return COUNT_WORDS[n] ?? null;
}

export const TEMPLATE_VOCABULARY: ReadonlySet<string> = new Set([
  ...COUNT_WORDS, 'several', 'independent', 'source', 'sources', 'report', 'reports', 'reported', 'differ', 'says', 'say',
  'writes', 'write', 'where', 'headline', 'headlines', 'lead', 'leads', 'quote', 'quotes', 'quoted', 'names', 'name',
  'shared', 'copy', 'document', 'documents', 'covers', 'cover', 'story', 'nothing', 'compare', 'compared', 'another',
  'language', 'languages', 'carry', 'count', 'counts', 'which', 'all', 'only', 'also', 'attribute', 'attributes',
  'carried', 'word', 'words', 'wording', 'worded', 'differently', 'who', 'said', 'while', 'others', 'other',
]);
