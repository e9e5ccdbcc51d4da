/** @module render-html — a brief as one self-contained HTML page (inline style, no scripts); all article text escaped. */
import { briefView, type BriefViewInput } from './brief-view.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links are kept; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}ol.brief{padding-left:1.2rem}ol.brief li{margin:.4rem 0}sup a{text-decoration:none;color:#36c}
ol.sources{font-size:.85rem;color:#444}ol.sources q{font-style:italic}.src{font-weight:bold}`;

export function renderHtml(input: BriefViewInput): string {
  const v = briefView(input);
  const items = v.sentences.map((s) => `<li>${escapeHtml(s.text)}${s.refs.map((n) => `<sup><a href="#c${n}">[${n}]</a></sup>`).join('')}</li>`);
  const sources = v.citations.map((c) => {
    const url = safeUrl(c.url);
    const src = url ? `<a class="src" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(c.source)}</a>` : `<span class="src">${escapeHtml(c.source)}</span>`;
    return `<li id="c${c.n}">${src}: <q>${escapeHtml(c.quote)}</q></li>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(v.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(v.title)}</h1>`,
    items.length ? `<ol class="brief">${items.join('')}</ol>` : '<p>No brief: the story has no sentences that could be cited.</p>',
    `<h2>Sources</h2><ol class="sources">${sources.join('')}</ol>`,
    '</body></html>',
  ].join('\n') + '\n';
}
