import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editKind } from './edit-kind.ts';

describe('editKind', () => {
  const cases: [string, string, string][] = [
    ['military operation in', 'invasion of', 'wording'],
    ['push', 'bid', 'wording'],
    ['have', '', 'removal'],
    ['', 'laying bare divisions that envoys fear', 'addition'],
    ['4,200', '4,500', 'number'],
    ['three', 'four', 'number'],
    ['on Tuesday', 'on Wednesday', 'date'],
    ['March 14', 'March 15', 'date'],
    ['told reporters', 'said', 'attribution'],
    ['a spokesman said', 'the minister said', 'attribution'],
    ['U.S.', 'US', 'spelling'],
    ['programme', 'program', 'spelling'],
    ['Labour', 'labour', 'spelling'],
  ];
  for (const [from, to, kind] of cases) it(`calls "${from}" → "${to}" ${kind}`, () => assert.equal(editKind(from, to), kind));
});
