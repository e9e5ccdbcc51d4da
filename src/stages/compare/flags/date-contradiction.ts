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
  // Each document is weighed against all the others: the others' dates are the story's minus its own, found
  // from one sorted list and per-value counts rather than re-sorted and re-filtered per document (quadratic).
  const dayOf = (d: Article) => { const x = d.published.date ?? d.published.latest; return x && /^\d{4}-\d{2}-\d{2}/.test(x) ? x : null; };
  const allDays = docs.map(dayOf).filter((x): x is string => x !== null).sort();
  const ownDays = new Map<string, string[]>();
  for (const d of docs) { const x = dayOf(d); if (x !== null) (ownDays.get(d.id) ?? ownDays.set(d.id, []).get(d.id)!).push(x); }
  const datedIn = new Map<string, TimeExpr[]>();
  const valueCount = new Map<string | null, number>();
  const valueCountIn = new Map<string, number>();
  for (const t of dated) {
    (datedIn.get(t.span.documentId) ?? datedIn.set(t.span.documentId, []).get(t.span.documentId)!).push(t);
    valueCount.set(t.value, (valueCount.get(t.value) ?? 0) + 1);
    valueCountIn.set(t.span.documentId + '\u0000' + t.value, (valueCountIn.get(t.span.documentId + '\u0000' + t.value) ?? 0) + 1);
  }
  const docCount = new Map<string, number>();
  for (const d of docs) docCount.set(d.id, (docCount.get(d.id) ?? 0) + 1);
  for (const d of docs) {
    // storyCentre(others), others being every document with another id (all of them when there is none).
    const own = docCount.get(d.id)! < docs.length ? ownDays.get(d.id) ?? [] : [];
    const centre = medianWithout(allDays, own);
    if (!centre) continue;
    for (const t of datedIn.get(d.id) ?? []) {
      const elsewhere = valueCount.get(t.value)! - (valueCountIn.get(d.id + '\u0000' + t.value) ?? 0) > 0;
      if (elsewhere || t.value! <= centre) continue;
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

/** storyCentre's median day of the sorted `days` with one occurrence of each of `removed` taken out. */
function medianWithout(days: readonly string[], removed: readonly string[]): string | null {
  let rest: readonly string[] = days;
  if (removed.length) {
    const copy = [...days];
    for (const r of removed) copy.splice(copy.indexOf(r), 1);
    rest = copy;
  }
  return rest.length ? rest[Math.floor((rest.length - 1) / 2)]!.slice(0, 10) : null;
}
