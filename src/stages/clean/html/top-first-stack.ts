/**
 * @module clean/html/top-first-stack — an array-like stack whose index 0 is the newest item, with O(1)
 * shift/unshift. htmlparser2's Parser keeps its open-element stack newest-first in a plain array, so
 * Array.unshift makes 100,000-deep nesting quadratic (tens of seconds); this drop-in keeps it linear.
 */

/** Array-shaped (length, [i], shift, unshift, indexOf) over `initial` (index 0 = newest). */
export function topFirstStack<T>(initial: readonly T[] = []): T[] {
  const items: T[] = [...initial].reverse(); // newest last
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  const drop = () => {
    const x = items.pop();
    if (x !== undefined) counts.set(x, (counts.get(x) ?? 1) - 1);
    return x;
  };
  const methods = {
    shift: drop,
    unshift(x: T) { items.push(x); counts.set(x, (counts.get(x) ?? 0) + 1); return items.length; },
    // a name that is not open answers at once: stray close tags cannot make the parse quadratic
    indexOf(x: T) { return counts.get(x) ? items.length - 1 - items.lastIndexOf(x) : -1; },
  };
  return new Proxy(methods, {
    get(target, prop) {
      if (prop === 'length') return items.length;
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) return items[items.length - 1 - Number(prop)];
      }
      return Reflect.get(target, prop);
    },
    set(_target, prop, value) {
      if (prop !== 'length') return false;
      while (items.length > Number(value)) drop();
      return true;
    },
  }) as unknown as T[];
}
