/** @module lcs-pairs — the longest common subsequence of two short sequences, as matched index pairs. */

/**
 * Index pairs [i, j] with a[i] === b[j], increasing in both, of maximum count (classic O(n·m) table,
 * meant for short gaps between alignment anchors). Ties prefer matching earlier in `a`.
 */
export function lcsPairs(a: ArrayLike<number>, b: ArrayLike<number>): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  // table[i][j] = LCS length of a[i..] and b[j..], flattened.
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j]
        ? table[(i + 1) * w + j + 1]! + 1
        : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++; else j++;
  }
  return pairs;
}
