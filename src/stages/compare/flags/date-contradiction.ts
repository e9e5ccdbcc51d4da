/**
 * @module date-contradiction — a date that contradicts the rest of the story: a full date stated in one
 * document far after every other document's date (a page-header or scrape date), or a page date the
 * cleaner set aside that lies far from the story.
 */
import type { Article, SourceFlag, TimeExpr } from '../../../core/index.ts';

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** A document's publication day (or the latest it may be), when known to the day. */
function publicationDay(d: Article): string | null {
  const x = d.published.date ?? d.published.latest;
  return x && /^\d{4}-\d{2}-\d{2}/.test(x) ? x : null;
}

/** The median of sorted days, to the day (null for none). */
function medianDay(sorted: readonly string[]): string | null {
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]!.slice(0, 10) : null;
}

const knownDays = (docs: readonly Article[]) => docs.map(publicationDay).filter((d): d is string => d !== null).sort();

/** The story's central day: the median of its documents' publication days (null when none is dated). */
export function storyCentre(docs: readonly Article[]): string | null {
  return medianDay(knownDays(docs));
}

/** Day-precision dates stated in `times`, with their document. */
function fullDates(times: readonly TimeExpr[]): TimeExpr[] {
  return times.filter((t) => t.kind === 'date' && t.value != null && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
}

export function findDateContradictions(docs: readonly Article[], times: readonly TimeExpr[], maxDays: number): SourceFlag[] {
  const out: SourceFlag[] = [];
  const ids = new Set(docs.map((d) => d.id));
  const dated = fullDates(times).filter((t) => ids.has(t.span.documentId));
  // Each document is weighed against all the others: their days are the story's sorted days less its own, and
  // a date is stated elsewhere when the story states it more often than this document does (not re-sorted and
  // re-filtered per document: quadratic in a big story).
  const allDays = knownDays(docs);
  const byId = new Map<string, { count: number; days: string[]; dated: TimeExpr[] }>();
  for (const d of docs) {
    const own = byId.get(d.id) ?? byId.set(d.id, { count: 0, days: [], dated: [] }).get(d.id)!;
    own.count++;
    const day = publicationDay(d);
    if (day !== null) own.days.push(day);
  }
  const valueCount = new Map<string | null, number>();
  for (const t of dated) {
    byId.get(t.span.documentId)!.dated.push(t);
    valueCount.set(t.value, (valueCount.get(t.value) ?? 0) + 1);
  }
  for (const d of docs) {
    const own = byId.get(d.id)!;
    // storyCentre of the documents with another id (of all of them when there is none).
    const centre = medianDay(own.count < docs.length ? without(allDays, own.days) : allDays);
    if (!centre) continue;
    const ownValues = new Map<string | null, number>();
    for (const t of own.dated) ownValues.set(t.value, (ownValues.get(t.value) ?? 0) + 1);
    for (const t of own.dated) {
      const elsewhere = valueCount.get(t.value)! > ownValues.get(t.value)!;
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

/** Sorted `days` with one occurrence of each of `removed` taken out. */
function without(days: readonly string[], removed: readonly string[]): readonly string[] {
  if (!removed.length) return days;
  const rest = [...days];
  for (const r of removed) rest.splice(rest.indexOf(r), 1);
  return rest;
}
