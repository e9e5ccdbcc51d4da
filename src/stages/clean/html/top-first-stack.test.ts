import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { topFirstStack } from './top-first-stack.ts';

describe('topFirstStack', () => {
  it('behaves like a newest-first array under any sequence of pushes, pops, lookups and truncation', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('unshift' as const), name: fc.constantFrom('div', 'p', 'span', 'li') }),
      fc.record({ kind: fc.constant('shift' as const) }),
      fc.record({ kind: fc.constant('indexOf' as const), name: fc.constantFrom('div', 'p', 'span', 'li', 'table') }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
      const ref: string[] = [];
      const s = topFirstStack<string>();
      for (const o of ops) {
        if (o.kind === 'unshift') assert.equal(s.unshift(o.name), ref.unshift(o.name));
        else if (o.kind === 'shift') assert.equal(s.shift(), ref.shift());
        else if (o.kind === 'indexOf') assert.equal(s.indexOf(o.name), ref.indexOf(o.name));
        else { s.length = 0; ref.length = 0; }
        assert.equal(s.length, ref.length);
        assert.equal(s[0], ref[0]);
      }
    }));
  });
});
