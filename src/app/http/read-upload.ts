/** @module read-upload — an HTTP ingest request's body into named byte inputs (or URLs) for the ingest stage. */
import { UsageError } from '../../core/errors.ts';

export interface UploadInputs {
  items: { name: string; bytes: Uint8Array }[];
  urls: string[];
}

const enc = new TextEncoder();

/** JSON: one record or an array (passed to the JSON reader as is), or `{ url }` / `{ urls: [] }` to fetch. */
function fromJson(value: unknown): UploadInputs {
  const urlsOnly = (v: Record<string, unknown>) => Object.keys(v).every((k) => k === 'url' || k === 'urls');
  if (value && typeof value === 'object' && !Array.isArray(value) && urlsOnly(value as Record<string, unknown>)) {
    const v = value as { url?: unknown; urls?: unknown };
    const urls = [...(typeof v.url === 'string' ? [v.url] : []), ...(Array.isArray(v.urls) ? v.urls.filter((u): u is string => typeof u === 'string') : [])];
    if (!urls.length) throw new UsageError('a "url" must be a string');
    return { items: [], urls };
  }
  return { items: [{ name: 'request.json', bytes: enc.encode(JSON.stringify(value)) }], urls: [] };
}

export async function readUpload(req: Request): Promise<UploadInputs> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    let value: unknown;
    try { value = await req.json(); } catch { throw new UsageError('the request body is not valid JSON'); }
    return fromJson(value);
  }
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const form = await req.formData();
    const out: UploadInputs = { items: [], urls: [] };
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, key) => entries.push([key, value]));
    for (const [key, value] of entries) {
      if (typeof value === 'string') {
        if (key === 'url' && value.trim()) out.urls.push(value.trim());
        else if (key === 'text' && value.trim()) out.items.push({ name: 'pasted text', bytes: enc.encode(value) });
      } else if (value.size) {
        out.items.push({ name: value.name || 'upload', bytes: new Uint8Array(await value.arrayBuffer()) });
      }
    }
    return out;
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  const name = type === 'application/x-ndjson' || type === 'application/jsonl' ? 'request.jsonl' : type === 'text/html' ? 'request.html' : 'request.txt';
  return { items: [{ name, bytes }], urls: [] };
}
