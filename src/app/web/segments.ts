/** @module segments — a document's text cut at every span boundary, so any cited span can be marked without nesting. */

export interface Segment {
  start: number;
  end: number;
  /** Index of the first reuse passage this segment lies in, or -1 (for same-colour highlighting across panes). */
  reuse: number;
}

/** Cut [0, length) at every boundary of `cuts` and of `reuse` ranges; one sweep, so cost grows with the number of ranges. */
export function segmentText(length: number, cuts: { start: number; end: number }[], reuse: { start: number; end: number }[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const points = new Set<number>([0, length]);
  for (const c of [...cuts, ...reuse]) { points.add(clamp(c.start)); points.add(clamp(c.end)); }
  const sorted = [...points].sort((a, b) => a - b);
  // Reuse ranges open and close as the sweep passes their boundaries; the lowest open index colours the segment.
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  reuse.forEach((r, k) => {
    const [a, b] = [clamp(r.start), clamp(r.end)];
    if (b <= a) return;
    (opens.get(a) ?? opens.set(a, []).get(a)!).push(k);
    (closes.get(b) ?? closes.set(b, []).get(b)!).push(k);
  });
  const open = new Set<number>();
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    for (const k of closes.get(start) ?? []) open.delete(k);
    for (const k of opens.get(start) ?? []) open.add(k);
    out.push({ start, end: sorted[i + 1]!, reuse: open.size ? Math.min(...open) : -1 });
  }
  return out;
}
