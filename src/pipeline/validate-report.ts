/** @module validate-report — every report written is checked against the contract and its span rule. */
import { ReportSchema, type Report, type Span } from '../core/index.ts';

/** Walk any value and yield every object that looks like a span. */
function* spansIn(value: unknown, path: string): Generator<[Span, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spansIn(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.documentId === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      yield [o as unknown as Span, path];
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'documents') yield* spansIn(v, `${path}.${k}`);
  }
}

/** Problems with spans: unknown document, out of range, reversed. Empty when all are valid. */
export function spanErrors(report: Report): string[] {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const errors: string[] = [];
  const check = (s: Span, where: string) => {
    const t = texts.get(s.documentId);
    if (t === undefined) errors.push(`${where}: unknown document ${s.documentId}`);
    else if (!(s.start <= s.end && s.end <= t.length)) errors.push(`${where}: ${s.start}-${s.end} outside 0-${t.length}`);
  };
  for (const [s, where] of spansIn(report, 'report')) check(s, where);
  report.documents.forEach((d, i) => {
    for (const [s, where] of spansIn({ ...d, text: undefined, body: undefined }, `documents[${i}]`)) {
      if (s.documentId !== d.id) errors.push(`${where}: span of ${s.documentId} inside document ${d.id}`);
      check(s, where);
    }
  });
  return errors;
}

/** Validate against the zod schema and the span rule; throws with every problem listed. */
export function validateReport(report: unknown): Report {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report does not match ${'synoptic.report/1'}: ${parsed.error.message}`);
  const errors = spanErrors(parsed.data);
  if (errors.length) throw new Error(`report has invalid spans:\n${errors.slice(0, 20).join('\n')}`);
  return parsed.data;
}
