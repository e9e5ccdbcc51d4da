import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDatelinePrefix } from './dateline-prefix.ts';

const prefix = (p: string) => {
  const d = readDatelinePrefix(p);
  return d && { cut: p.slice(0, d.length), agencies: d.agencies, date: d.date && p.slice(d.date.start, d.date.end) };
};

describe('readDatelinePrefix', () => {
  it('reads the datelines wire copy opens with', () => {
    assert.deepEqual(prefix('WASHINGTON (Reuters) - The Senate voted.'), { cut: 'WASHINGTON (Reuters) - ', agencies: ['Reuters'], date: null });
    assert.deepEqual(prefix('UNITED NATIONS, Nov 16, 2019 (Reuters) - The council met.'), { cut: 'UNITED NATIONS, Nov 16, 2019 (Reuters) - ', agencies: ['Reuters'], date: 'Nov 16, 2019' });
    assert.deepEqual(prefix('SEOUL, Nov. 16 (Yonhap) -- South Korea said.'), { cut: 'SEOUL, Nov. 16 (Yonhap) -- ', agencies: ['Yonhap'], date: null });
    assert.deepEqual(prefix('Berlin (dpa) - Die Regierung hat.'), { cut: 'Berlin (dpa) - ', agencies: ['Deutsche Presse-Agentur'], date: null });
    assert.deepEqual(prefix('KYIV, Ukraine — Russian forces shelled.'), { cut: 'KYIV, Ukraine — ', agencies: [], date: null });
    assert.deepEqual(prefix('AP — The storm made landfall.'), { cut: 'AP — ', agencies: ['Associated Press'], date: null });
    assert.deepEqual(prefix('(CNN)The Senate passed it.'), { cut: '(CNN)', agencies: [], date: null });
  });

  it('leaves ordinary sentences alone', () => {
    assert.equal(prefix('The president (Joe Biden) said on Monday.'), null);
    assert.equal(prefix('US President Joe Biden said: we will act.'), null);
    assert.equal(prefix('Officials in Paris - and in Berlin - disagreed.'), null);
  });
});
