/**
 * @module clean/html/wire-credit — news agencies an HTML page credits: in its byline or author
 * markup, in a dateline "(AP) —", or in a closing credit line ("— Reuters", "Source: AFP").
 * Agency names and credit forms come from data/news-agencies.json.
 */
import agencies from '../../../../data/news-agencies.json' with { type: 'json' };

interface Agency { name: string; credits: string[] }

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Test = (s: string) => boolean;

let matchers: { name: string; byline: Test; dateline: Test }[] | null = null;

/** One test over an agency's credit forms: long forms ignore case, all-capital short forms (AP, AFP) do not. */
function formsTest(credits: string[], wrap: (alt: string) => string): Test {
  const long = credits.filter((c) => c !== c.toUpperCase()).map(esc);
  const short = credits.filter((c) => c === c.toUpperCase()).map(esc);
  const res = [long.length ? new RegExp(wrap(long.join('|')), 'iu') : null, short.length ? new RegExp(wrap(short.join('|')), 'u') : null]
    .filter((r): r is RegExp => r !== null);
  return (s) => res.some((r) => r.test(s));
}

function build() {
  matchers = (agencies.agencies as Agency[]).map((a) => ({
    name: a.name,
    byline: formsTest(a.credits, (alt) => `(^|[^\\p{L}])(${alt})([^\\p{L}]|$)`),
    dateline: formsTest(a.credits, (alt) => `^[^\\n]{0,80}?\\((${alt})\\)|(^|[—–-]\\s*|[Ss]ource:\\s*|[Qq]uelle:\\s*|[Ff]uente:\\s*|[Ww]ith\\s+)(${alt})\\.?\\s*$`),
  }));
  return matchers;
}

let anyForm: Test | null = null;

/** One test for every credit form as a whole word: most pages credit no agency and stop here. */
function mentionsAnAgency(s: string): boolean {
  anyForm ??= formsTest((agencies.agencies as Agency[]).flatMap((a) => a.credits), (alt) => `(^|[^\\p{L}])(${alt})([^\\p{L}]|$)`);
  return anyForm(s);
}

/** Agencies credited in the byline (any mention) or in the first/last body lines (dateline or credit forms). */
export function findWireCredits(byline: string | null, firstLine: string | null, lastLine: string | null): string[] {
  if (![byline, firstLine?.slice(0, 200), lastLine && lastLine.length < 200 ? lastLine : null].some((s) => s && mentionsAnAgency(s))) return [];
  const ms = matchers ?? build();
  const found: string[] = [];
  for (const m of ms) {
    const hit = (byline && m.byline(byline))
      || (firstLine && m.dateline(firstLine.slice(0, 200)))
      || (lastLine && lastLine.length < 200 && m.dateline(lastLine));
    if (hit && !found.includes(m.name)) found.push(m.name);
  }
  return found;
}
