/** @module numbers/lexicon — currency signs and words, scale words, and the words that end a counted noun phrase. */

/** Currency sign or code before a number → ISO 4217 code. */
export const CURRENCY_SIGNS: Record<string, string> = {
  'US$': 'USD', '$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', '£': 'GBP', '€': 'EUR',
  '¥': 'JPY', '₹': 'INR', 'Rs': 'INR', 'Rs.': 'INR', '₩': 'KRW', 'R$': 'BRL', 'USD': 'USD', 'EUR': 'EUR', 'GBP': 'GBP', 'INR': 'INR',
};

/** Currency words after a number ("176 Hong Kong dollars") → code. Longest first when matching. */
export const CURRENCY_WORDS: Record<string, string> = {
  'hong kong dollars': 'HKD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'us dollars': 'USD', dollars: 'USD',
  dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  won: 'KRW', rupees: 'INR', rupee: 'INR', rubles: 'RUB', roubles: 'RUB', pesos: 'MXN', francs: 'CHF', naira: 'NGN', rand: 'ZAR',
};

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Vague quantity words and the round value they stand for. */
export const VAGUE_COUNTS: Record<string, number> = {
  dozen: 12, dozens: 24, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, twice: 2, thrice: 3, once: 1,
};

/** Words that cannot be part of a counted noun phrase (verbs, clause and preposition words). */
export const PHRASE_STOPS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'did', 'do', 'does', 'said', 'says', 'say', 'who', 'whom', 'which', 'that', 'where', 'when', 'while',
  'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'since', 'after', 'before', 'than', 'as', 'and', 'or', 'but',
  'into', 'over', 'under', 'toward', 'towards', 'across', 'during', 'per', 'each', 'a', 'an', 'if', 'because', 'though',
  'although', 'ago', 'earlier', 'later', 'last', 'next', 'this', 'up', 'down', 'out', 'off', 'about', 'around', 'against',
  'between', 'among', 'through', 'via', 'until', 'till', 'so', 'not', 'also', 'just', 'only', 'still', 'even', 'then', 'there',
  'here', 'now', 'again', 'more', 'less', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we',
  'you', 'i', 'including', 'like', 'such', 'both', 'either', 'all', 'overnight', 'today', 'yesterday', 'tomorrow',
  'tonight', 'already', 'annually', 'daily', 'weekly', 'monthly', 'each', 'apiece', 'respectively',
]);

/** Words between a quantity and the thing it measures that say how it changed ("revenue rose 3.5 percent"). */
export const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'gained', 'gains', 'lost', 'loses', 'added', 'adds', 'dropped', 'drops',
  'climbed', 'climbs', 'jumped', 'jumps', 'slipped', 'slips', 'grew', 'grows', 'increased', 'increases', 'decreased',
  'declined', 'declines', 'surged', 'soared', 'plunged', 'slumped', 'sank', 'tumbled', 'edged', 'up', 'down', 'by', 'to',
  'of', 'at', 'was', 'were', 'is', 'are', 'be', 'been', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over',
  'under', 'more', 'less', 'than', 'just', 'only', 'an', 'a', 'the', 'estimated', 'reached', 'hit', 'totaled', 'totalled',
  'cost', 'costs', 'worth', 'valued', 'priced', 'raised', 'raise', 'paid', 'earned', 'spent', 'spends', 'expecting', 'expected',
  'least', 'as', 'much', 'many', 'many as', 'well', 'nearly', 'approximately',
]);
