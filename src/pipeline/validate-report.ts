/** @module validate-report — every report written is checked against the contract and its span rule. */
import { ReportSchema, type Report, type Span } from '../core/index.ts';

/**
 * Walk any value and call `visit` with every object that looks like a span and where it stands. The path
 * (only needed for an error message) is kept as a stack of keys and written out on demand: a big story's
 * report holds hundreds of thousands of values.
 */
function spansIn(value: unknown, root: string, visit: (s: Span, where: () => string) => void): void {
  const path: (string | number)[] = [];
  const where = () => root + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) { path.push(i); walk(v[i]); path.pop(); }
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.documentId === 'string' && typeof o.start === 'number' && typeof o.end === 'number') { visit(o as unknown as Span, where); return; }
      for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k) || k === 'documents') continue;
        path.push(k); walk(o[k]); path.pop();
      }
    }
  };
  walk(value);
}

/** Problems with spans: unknown document, out of range, reversed. Empty when all are valid. */
export function spanErrors(report: Report): string[] {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const errors: string[] = [];
  const check = (s: Span, where: () => string) => {
    const t = texts.get(s.documentId);
    if (t === undefined) errors.push(`${where()}: unknown document ${s.documentId}`);
    else if (!(s.start <= s.end && s.end <= t.length)) errors.push(`${where()}: ${s.start}-${s.end} outside 0-${t.length}`);
  };
  spansIn(report, 'report', check);
  report.documents.forEach((d, i) => {
    // Its text and body are strings, which hold no spans: the document is walked as it is.
    spansIn(d, `documents[${i}]`, (s, where) => {
      if (s.documentId !== d.id) errors.push(`${where()}: span of ${s.documentId} inside document ${d.id}`);
      check(s, where);
    });
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
