import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reportJsonSchema } from './report-json-schema.ts';
import { ReportSchema } from './report.ts';

describe('report contract', () => {
  it('has its JSON Schema in docs/ generated from the zod schema (run `npm run schema` after a change)', () => {
    const checkedIn = JSON.parse(readFileSync(new URL('../../../docs/report.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(checkedIn, JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it('rejects a report whose schema id is not synoptic.report/1', () => {
    const result = ReportSchema.safeParse({ schema: 'synoptic.report/2' });
    assert.equal(result.success, false);
  });
});
