/** @module clean/html/defaults — the HTML reader's tunables; each value says what it controls and what set it. */

export interface HtmlReaderOptions {
  /** Characters of HTML parsed at most; the rest is dropped with a boilerplate note. */
  maxHtmlChars: number;
  /** A line shorter than this does not vote for its container. */
  minVoteChars: number;
  /** Ancestor levels a paragraph's vote reaches. */
  voteLevels: number;
  /** Siblings of the winning container join it when their score reaches this share of the winner's. */
  siblingShare: number;
  /** A line with more than this share of its characters in links is a link list, not body. */
  maxLineLinkShare: number;
  /** A sub-block with more than this share of link text is dropped from the body (related/more-from lists). */
  maxBlockLinkShare: number;
  /** A block inside the body with only weak chrome words (widget, media ...) is kept when it holds more than this share of the body. */
  weakChromeShare: number;
  /** JSON-LD articleBody shorter than this is not trusted to mark the body. */
  minLdBodyChars: number;
  /** Share of JSON-LD articleBody the visible lines must cover before they can stand in for the body. */
  minLdCoverage: number;
  /** The scorer's body is replaced by the JSON-LD lines only when it holds less than this share of them (a scorer miss). */
  minLdAgreement: number;
  /** Dates before this year are not publication dates of a web page. */
  minDateYear: number;
}

export const defaultHtmlReaderOptions: HtmlReaderOptions = {
  maxHtmlChars: 4_000_000, // 3x the largest eval page (1.3 MB); a 50 MB page costs what 4 MB does (~1.3 s in the test, shared machine)
  minVoteChars: 25, // Readability's value; not swept
  voteLevels: 5, // Readability's value; not swept
  siblingShare: 0.2, // Readability's value; not swept
  maxLineLinkShare: 0.5, // half a line in links: menus and "read more" rows, not prose (eval/clean)
  maxBlockLinkShare: 0.33, // Readability drops blocks at 0.2-0.5 by class weight; one value, checked on eval/clean
  weakChromeShare: 0.3, // Elementor-style "widget" wrappers hold the whole body; 0.3 fixed 57e2e988 without losses (eval/clean)
  minLdBodyChars: 400, // shorter articleBody values are teasers
  minLdCoverage: 0.6, // below it the JSON-LD text is a different or truncated copy
  minLdAgreement: 0.6, // as a fallback only: used as the primary body it lowered F1 0.972 → 0.965 (eval/clean)
  minDateYear: 1995, // htmldate's floor: no web news metadata predates it
};
