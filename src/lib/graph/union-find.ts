/** @module union-find — disjoint sets with path compression, where the caller chooses which root survives. */

/**
 * Disjoint sets over any keys. `union(into, from)` makes `into`'s root the root of both sets, so callers
 * that name sets by a representative (a story id, a cluster head) keep control of the surviving name.
 */
export class UnionFind<K> {
  private readonly parent = new Map<K, K>();

  /** The representative of `key`'s set (the key itself when it was never joined). */
  find(key: K): K {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined; p = this.parent.get(root)) root = p;
    for (let k = key, p = this.parent.get(k); p !== undefined && p !== root; p = this.parent.get(k)) {
      this.parent.set(k, root);
      k = p;
    }
    return root;
  }

  /** Join the sets of `into` and `from`; the root of `into` stays the root. Returns that root. */
  union(into: K, from: K): K {
    const a = this.find(into);
    const b = this.find(from);
    if (a !== b) this.parent.set(b, a);
    return a;
  }

  connected(a: K, b: K): boolean {
    return this.find(a) === this.find(b);
  }

  /** Every joined key with its direct parent: enough to rebuild the structure (see `fromPairs`). */
  pairs(): [K, K][] {
    return [...this.parent.entries()];
  }

  static fromPairs<K>(pairs: Iterable<readonly [K, K]>): UnionFind<K> {
    const uf = new UnionFind<K>();
    for (const [k, p] of pairs) uf.parent.set(k, p);
    return uf;
  }
}
