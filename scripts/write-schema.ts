/** Writes docs/report.schema.json from the zod report schema (`npm run schema`); a test checks it is current. */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/core/types/report-json-schema.ts';

writeFileSync(new URL('../docs/report.schema.json', import.meta.url), JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log('docs/report.schema.json written');
