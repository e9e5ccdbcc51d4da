/** @module function-words — English function words: the words that carry grammar rather than content. */

/** Articles, pronouns, prepositions, conjunctions, auxiliaries and other closed-class words (lower case). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'either', 'neither', 'no', 'not',
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her', 'hers',
  'it', 'its', 'they', 'them', 'their', 'theirs', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how',
  'myself', 'ourselves', 'yourself', 'himself', 'herself', 'itself', 'themselves',
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through', 'during', 'before',
  'after', 'above', 'below', 'to', 'from', 'up', 'down', 'out', 'off', 'over', 'under', 'onto', 'upon', 'within',
  'without', 'toward', 'towards', 'across', 'along', 'among', 'amid', 'around', 'behind', 'beyond', 'despite', 'via',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'than', 'because', 'as', 'while', 'although', 'though', 'unless',
  'whether', 'since', 'until', 'once', 'then', 'also', 'too', 'very', 'just', 'only', 'even', 'still', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  "it's", "that's", "there's", "he's", "she's", "we're", "they're", "i'm", "don't", "doesn't", "didn't", "isn't",
  "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't",
  'such', 'own', 'same', 'other', 'another', 'more', 'most', 'less', 'least', 'much', 'many', 'few', 'all', 'both',
  'again', 'further', 'now', 'ever', 'never', 's',
]);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase().replace(/\u2019/g, "'"));
}
