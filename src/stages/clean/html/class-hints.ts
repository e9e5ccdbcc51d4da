/**
 * @module clean/html/class-hints — what an element's tag, class and id say about it: likely body,
 * likely chrome (navigation, sharing, related links, comments ...), and a reason word for the chrome.
 * Patterns follow Readability's REGEXPS, with news-site words added.
 */
import type { El } from './parse-tree.ts';

const NEGATIVE = /(^|[\s_-])(hid|hidden)([\s_-]|$)|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|taboola|promo|related|recommend|scroll|share|sharing|social|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscri|signup|breadcrumb|byline|author|caption|credit|disclaimer|paywall|popup|modal|cookie|consent|more-from|read-more|readmore|most-popular|trending|(^|[\s_-])ad([\s_-]|$)|advert|dfp|teaser|video-player|(^|[\s_-])(nav|navbar|navigation|menu|mainmenu)([\s_-]|$)/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose/i;

/** Chrome reasons by tag. */
const TAG_REASON: Record<string, string> = {
  nav: 'navigation', footer: 'footer', aside: 'sidebar', form: 'form', header: 'page header',
  menu: 'navigation', figcaption: 'caption', figure: 'figure',
};

/** Chrome reasons by class/id words, first match wins. */
const CLASS_REASON: [RegExp, string][] = [
  [/related|recommend|more-from|read-more|readmore|most-popular|trending|outbrain|taboola|also/i, 'related links'],
  [/share|sharing|social|follow/i, 'share prompt'],
  [/newsletter|subscri|signup|paywall/i, 'subscription prompt'],
  [/comment|disqus|replies/i, 'comments'],
  [/(^|[\s_-])ad([\s_-]|$)|advert|sponsor|promo|dfp/i, 'advertisement'],
  [/breadcrumb|nav|menu/i, 'navigation'],
  [/footer|foot/i, 'footer'],
  [/sidebar|widget|rail/i, 'sidebar'],
  [/cookie|consent|gdpr|modal|popup/i, 'cookie or pop-up notice'],
  [/caption|credit/i, 'caption'],
  [/byline|author/i, 'byline'],
  [/tags|topics/i, 'tags'],
];

const hintCache = new WeakMap<El, string>();

/** class + id (+ role), lowercased, cached. */
export function hintText(el: El): string {
  let h = hintCache.get(el);
  if (h === undefined) {
    const a = el.attrs;
    h = a.class === undefined && a.id === undefined && a.role === undefined && a.itemprop === undefined ? '' : `${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs.role ?? ''} ${el.attrs.itemprop ?? ''}`.toLowerCase();
    hintCache.set(el, h);
  }
  return h;
}

/** Readability-style class weight: -25 for chrome words, +25 for body words (both may apply). */
export function classWeight(el: El): number {
  const h = hintText(el);
  if (h.length < 4) return 0;
  let w = 0;
  if (NEGATIVE.test(h)) w -= 25;
  if (POSITIVE.test(h)) w += 25;
  if (/articlebody|article-body|story-body|entry-content|post-content|article__body|article-content/.test(h)) w += 25;
  return w;
}

/** True when the tag or ARIA role alone (not class words) says the element is chrome. */
export function isStructuralChrome(el: El): boolean {
  const role = el.attrs.role;
  return el.tag in TAG_REASON || role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary';
}

/** Reasons that class words give reliably, even for a large block. */
export const STRONG_REASONS = new Set(['related links', 'share prompt', 'subscription prompt', 'comments', 'advertisement', 'navigation', 'cookie or pop-up notice']);

/** Why an element is page chrome, or null when nothing says so. */
export function chromeReason(el: El): string | null {
  const byClass = classReason(el);
  if (byClass && STRONG_REASONS.has(byClass)) return byClass;
  const byTag = TAG_REASON[el.tag];
  if (byTag) return byTag;
  const role = el.attrs.role;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') {
    return role === 'navigation' ? 'navigation' : role === 'contentinfo' ? 'footer' : role === 'banner' ? 'page header' : 'sidebar';
  }
  return byClass;
}

/** The chrome reason class and id words give, or null. */
function classReason(el: El): string | null {
  const h = hintText(el);
  if (h.length < 3 || !NEGATIVE.test(h)) return null;
  if (POSITIVE.test(h) && !/related|share|social|comment|newsletter|subscri/.test(h)) return null;
  for (const [re, reason] of CLASS_REASON) if (re.test(h)) return reason;
  return 'outside the article';
}
