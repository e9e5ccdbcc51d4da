/** @module extract/quotes/defaults — tunables for finding quotes and attributing them. */

export interface QuoteOptions {
  /** Longest attribution clause beside a direct quote ("..., Russia's deputy ambassador Anna X said"), in tokens. */
  maxAttributionTokens: number;
  /** Shortest quote, in words, reported without a cue of its own (shorter ones are scare quotes or titles). */
  minBareQuoteWords: number;
  /** Shortest indirect content, in words. */
  minIndirectWords: number;
  /** Paragraphs back that an unattributed paragraph-long quote may inherit its speaker from. */
  continuationParagraphs: number;
  /** Share of its paragraph a quote without attribution must fill to continue the previous speaker. */
  bareParagraphShare: number;
  /** Cue kinds reported; `believe` (thinks, hopes, fears) is stance, which PolNeAR annotates as attribution too. */
  cueKinds: readonly string[];
}

export const defaultQuoteOptions: QuoteOptions = {
  maxAttributionTokens: 14, // the longest role-plus-name attributions in news we wrote were 12 tokens
  minBareQuoteWords: 4, // 1–3-word quotes without a cue were scare quotes in the PolNeAR train half
  minIndirectWords: 2, // one-word "contents" were objects ("said nothing", "told reporters"); two-word ones are real ("endorsed Ted Cruz"): PolNeAR train F1 0.7356 at 3, 0.7360 at 2
  bareParagraphShare: 0.5, // PolNeAR dev F1 0.708 at 0.3, 0.705 at 0.5, 0.702 at 0.8; speaker accuracy rises the other way (0.777 → 0.785)
  continuationParagraphs: 2, // a quote two paragraphs on still continues the same speaker in wire copy
  cueKinds: ['say', 'assert', 'warn', 'accuse', 'call', 'describe', 'deny', 'agree', 'write', 'report', 'believe'], // with `believe`: PolNeAR dev F1 0.682 → 0.702
};
