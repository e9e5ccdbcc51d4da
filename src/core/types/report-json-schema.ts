/** @module report-json-schema — the JSON Schema of the report, generated from the zod schema. */
import { z } from 'zod';
import { ReportSchema, REPORT_SCHEMA_ID } from './report.ts';

export function reportJsonSchema(): Record<string, unknown> {
  return { title: REPORT_SCHEMA_ID, ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) };
}
