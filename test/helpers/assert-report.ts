/** Test helper: a report must match the contract and every span must index its document's text. */
import assert from 'node:assert/strict';
import type { Report } from '../../src/core/index.ts';
import { spanErrors, validateReport } from '../../src/pipeline/validate-report.ts';

export function assertValidReport(value: unknown): Report {
  const report = validateReport(value);
  assert.deepEqual(spanErrors(report), []);
  return report;
}
