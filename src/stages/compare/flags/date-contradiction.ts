/**
 * @module date-contradiction — a date that contradicts the rest of the story: a full date stated in one
 * document far after every other document's date (a page-header or scrape date), or a page date the
 * cleaner set aside that lies far from the story.
 */
import type { Article, SourceFlag, TimeExpr } from '../../../core/index.ts';

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** The story's central day: the median of its documents' publication days (null when none is dated). */
export function storyCentre(docs: readonly Article[]): string | null {
  const ds = docs.map((d) => d.published.date ?? d.published.latest).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d)).sort();
  return ds.length ? ds[Math.floor((ds.length - 1) / 2)]!.slice(0, 10) : null;
}

/** Day-precision dates stated in `times`, with their document. */
function fullDates(times: readonly TimeExpr[]): TimeExpr[] {
  return times.filter((t) => t.kind === 'date' && t.value != null && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
}

export function findDateContradictions(docs: readonly Article[], times: readonly TimeExpr[], maxDays: number): SourceFlag[] {
  const out: SourceFlag[] = [];
  const ids = new Set(docs.map((d) => d.id));
  const dated = fullDates(times).filter((t) => ids.has(t.span.documentId));
  for (const d of docs) {
    const others = docs.filter((o) => o.id !== d.id);
    const centre = storyCentre(others.length ? others : docs);
    if (!centre) continue;
    const otherDays = new Set(dated.filter((t) => t.span.documentId !== d.id).map((t) => t.value));
    for (const t of dated) {
      if (t.span.documentId !== d.id || otherDays.has(t.value) || t.value! <= centre) continue;
      if (days(t.value!, centre) < maxDays) continue;
      out.push({ kind: 'date-contradiction', message: `"${t.text}" (${t.value}) is long after the story's other documents (around ${centre}).`, evidence: [t.span] });
    }
    for (const r of d.rejectedDates) {
      if (!/^\d{4}-\d{2}-\d{2}/.test(r.date) || days(r.date.slice(0, 10), centre) < maxDays) continue;
      out.push({ kind: 'date-contradiction', message: `The page shows ${r.date.slice(0, 10)}, far from the story (around ${centre}): ${r.reason}`, evidence: [r.span] });
    }
  }
  return out;
}
