/**
 * @module noise-rules — site noise recognised from a block's own words, wherever it stands: banners,
 * breadcrumbs, back-to-top buttons, related links, share/follow/subscribe prompts, cookie notices,
 * advertisement markers, photo credits, copyright lines. Each rule names its reason.
 * Position-dependent noise (navigation before the headline, chrome after the body) is decided in classify-lines.
 */

export interface NoiseRule {
  reason: string;
  test: (line: string, words: number) => boolean;
}

/** Words of a share/follow bar: a line made only of these is a share prompt. */
const SHARE_WORDS = new Set(['share', 'shares', 'this', 'article', 'story', 'post', 'page', 'on', 'via', 'facebook', 'twitter', 'x', 'linkedin',
  'whatsapp', 'email', 'e-mail', 'mail', 'print', 'reddit', 'pinterest', 'telegram', 'copy', 'link', 'tweet', 'messenger', 'save', 'flipboard',
  'tumblr', 'google', 'news', 'us', 'follow', 'and', 'or', 'sms', 'comment', 'comments', 'bookmark', 'gift', 'url', 'copied']);
const SOCIAL = /\b(?:share|facebook|twitter|linkedin|whatsapp|e-?mail|print|reddit|pinterest|telegram|tweet|flipboard|copy link)\b/i;

/** A token run together from several capitalised section names ("ChinaAsia-PacificKoreaWorld"). */
const CAMEL_JOIN = /\p{Lu}\p{Ll}{2,}(?=\p{Lu})/gu;

function isJoinedBreadcrumb(line: string, words: number): boolean {
  if (words > 8 || /[.!?]$/.test(line)) return false;
  const tokens = line.split(/\s+/);
  if (!tokens.every((t) => /^[\p{Lu}\p{N}&»>›|/\-–]/u.test(t))) return false;
  const joins = tokens.map((t) => (t.match(CAMEL_JOIN) ?? []).length);
  return joins.some((n) => n >= 2) || joins.reduce((a, b) => a + b, 0) >= 3;
}

function isSeparatedBreadcrumb(line: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  const parts = line.split(/\s*(?:>|»|›|→|\/|::|\|)\s*/).filter(Boolean);
  // section names are short; the last crumb may be the article's own title
  const short = parts.every((p, i) => p.split(/\s+/).length <= (i === parts.length - 1 ? 10 : 4)) && parts.filter((p) => /\p{L}{2}/u.test(p)).length >= 2;
  return short && (parts.length >= 3 || (parts.length === 2 && /^(?:home|news|start|inicio|accueil|startseite)$/i.test(parts[0]!)));
}

const RELATED_LINK = /^(?:read more|read also|also read|read next|related|see also|more on this|more:|recommended|must read|don'?t miss|trending|watch|watch video|listen|more from [\p{L} ]+|related (?:articles?|stories|news|coverage|posts?|content)|you (?:may|might) also like|further reading|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leer más|lee también|leia também|leggi anche)\s*[:\-–—|»>]/iu;
export const RELATED_HEADING = /^(?:related(?: articles| stories| news| coverage| posts| content| topics)?|more stories|more news|most read|most popular|most viewed|popular(?: now| stories)?|trending(?: now| stories)?|latest(?: news| stories)?|top stories|recommended(?: for you| stories)?|you (?:may|might) also like|read next|editor'?s picks|also read|read more|more from [\p{L} ]+|in other news|further reading|what to read next|more in [\p{L} ]+)\W*$/iu;

export const NOISE_RULES: NoiseRule[] = [
  { reason: 'site banner', test: (l, n) => n <= 12 && /^\|?\s*welcome to\s+(?:the\s+)?\p{Lu}[^.]*$/iu.test(l) && /^\|?\s*welcome to\s+(?:the\s+)?(?:\p{Lu}\S*\s*|of\s+|and\s+|&\s+)+[!|]?\s*$/iu.test(l.replace(/^\|?\s*/, '').replace(/^welcome to/i, 'Welcome to')) },
  { reason: 'share prompt', test: (l, n) => n <= 14 && SOCIAL.test(l) && l.toLowerCase().split(/[\s|•·,:/]+/).filter(Boolean).every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w)) },
  { reason: 'breadcrumb run together into one word', test: isJoinedBreadcrumb },
  { reason: 'breadcrumb', test: (l, n) => n <= 16 && isSeparatedBreadcrumb(l) },
  { reason: 'back-to-top button', test: (l, n) => n <= 5 && /^(?:back to top|scroll to top|go to top|return to top|top of page|to top)(?:\s+button)?\W*$/i.test(l) },
  { reason: 'related link', test: (l, n) => n <= 30 && RELATED_LINK.test(l) },
  { reason: 'related-links heading', test: (l, n) => n <= 6 && RELATED_HEADING.test(l) },
  { reason: 'follow/subscribe prompt', test: (l, n) => n <= 30 && /^(?:follow us|follow \S+(?: \S+)? on|subscribe\b|sign up\b|sign in\b|log ?in\b|register\b|join (?:us|our)\b|get our\b|download (?:our|the) app|get the app|get (?:the latest|breaking) news|click here|tap here|already a subscriber|become a member|support (?:our|independent) journalism)/i.test(l) },
  { reason: 'newsletter prompt', test: (l, n) => n <= 30 && /\bnewsletters?\b/i.test(l) && /\b(?:sign up|subscribe|inbox|delivered|get)\b/i.test(l) },
  { reason: 'cookie notice', test: (l, n) => n <= 70 && /\bcookies?\b/i.test(l) && /\b(?:use|uses|accept|policy|consent|settings|preferences|browsing)\b/i.test(l) },
  { reason: 'advertisement marker', test: (l, n) => n <= 6 && /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|anzeige|publicité|publicidad|pubblicità)\W*$/i.test(l) },
  { reason: 'page chrome', test: (l, n) => n <= 8 && /^(?:skip to (?:main )?content|skip to navigation|menu|search|home|close|open menu|toggle navigation|main menu|navigation|sections|loading\W*|comments?(?: \(\d+\))?|leave a (?:comment|reply)|post a comment|\d+ comments?|view comments|show comments|next article|previous article|next post|previous post|next story|previous story|listen to (?:this )?(?:article|story)|\d+ min(?:ute)?s? read|reading time\b.*|font size\b.*|print this (?:article|page)|tags?:.*|topics?:.*|filed under\b.*|categories?:.*|posted in\b.*|\d+ views?|like this:?|share this:?|image|video|photo|audio|gallery)$/i.test(l) },
  { reason: 'relative timestamp (page-relative, no date)', test: (l, n) => n <= 6 && /^(?:updated|published|posted)?\s*:?\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\W*$/i.test(l) },
  { reason: 'gallery counter', test: (l, n) => n <= 4 && /^(?:image|photo|slide)?\s*\d+\s*(?:of|\/)\s*\d+$/i.test(l) },
  { reason: 'comment-form text', test: (l, n) => n <= 30 && /your email address will not be published|required fields are marked/i.test(l) },
  { reason: 'photo caption or credit', test: (l, n) => n <= 60 && (/^(?:file photo|file|photo|photograph|image|picture|pictured|photo credit|image credit|image source|image caption|credit|media caption|caption|foto|bild)\s*(?:[:|,]|\s[-–—]\s)/i.test(l) || /(?:REUTERS|AFP|AP|EPA|Getty Images|Shutterstock|Bloomberg|Anadolu|Xinhua|Yonhap)\s*\/\s*\p{Lu}[\p{L}. \-]+\W*$/u.test(l)
    || (n <= 10 && /^[\p{L} .'’\-]+ (?:via|for|\/) (?:Getty Images|AP|AP Photo|Reuters|AFP|EPA|Shutterstock|Bloomberg|NurPhoto|Sipa)\W*$/u.test(l))) },
  { reason: 'copyright line', test: (l, n) => n <= 40 && (/^(?:©|\(c\)|copyright\b)/i.test(l) || /\ball rights reserved\b/i.test(l)) },
  { reason: 'link or hashtags', test: (l, n) => n <= 12 && (/^(?:https?:\/\/|www\.)\S+$/i.test(l) || /^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(l)) },
];

/** The reason a block is site noise, or null. */
export function noiseReason(line: string, words: number): string | null {
  for (const rule of NOISE_RULES) if (rule.test(line, words)) return rule.reason;
  return null;
}

/** The outlet a banner or copyright line names ("| Welcome to X", "© 2022 X. All rights reserved."), or null. */
export function outletFromChrome(line: string): string | null {
  const banner = /^\|?\s*welcome to\s+(?:the\s+)?(.+?)[\s!.|]*$/i.exec(line);
  if (banner) return banner[1]!.trim() || null;
  if (!/^(?:©|\(c\)|copyright\b)/i.test(line)) return null;
  const name = line
    .replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*/i, '')
    .replace(/\b(?:19|20)\d{2}\b\s*(?:[-–]\s*(?:19|20)\d{2})?/g, '')
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/^[\s,.\-–]+|[\s,.\-–|]+$/g, '');
  return name && name.split(/\s+/).length <= 6 ? name : null;
}
