/**
 * Ingest throughput: records/s and MB/s for JSON Lines (streamed and whole-file) and WARC (plain and
 * gzipped, as CC-NEWS), each beside a peer doing the bare minimum on the same file (readline +
 * JSON.parse; warcio's own iterRecords + readFully). Inputs are generated news-like records in a
 * temporary folder. Run: node --import tsx bench/ingest.ts [--records N]
 */
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { ingestPaths } from '../src/stages/ingest/index.ts';

const arg = process.argv.indexOf('--records');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;
const WORDS = 'the minister said on tuesday that talks with union leaders would resume next week after a pause of two months officials in the capital added that the port had reopened and ferries were running again'.split(' ');

let seed = 1;
const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
function paragraph(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  return out.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}
function article(i: number): { title: string; text: string } {
  return { title: `Report ${i}: ${paragraph(8)}`, text: Array.from({ length: 6 }, () => paragraph(40)).join('\n\n') };
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [r, Number(process.hrtime.bigint() - t) / 1e9];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-bench-ingest-'));
  try {
    const rows: string[][] = [];
    const row = (name: string, records: number, seconds: number, bytes: number) =>
      rows.push([name, String(records), (records / seconds).toFixed(0), (bytes / 1048576 / seconds).toFixed(1), (seconds * 1000).toFixed(0)]);

    // JSON Lines
    const jsonl = join(dir, 'records.jsonl');
    writeFileSync(jsonl, Array.from({ length: N }, (_, i) => JSON.stringify({ id: `r${i}`, url: `https://news.example/${i}`, published: '2024-02-06T07:15:00Z', outlet: 'Example News', ...article(i) })).join('\n') + '\n');
    const jsonlBytes = statSync(jsonl).size;
    const [peer, peerS] = await time(async () => {
      let n = 0;
      for await (const line of createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })) if (line) { JSON.parse(line); n++; }
      return n;
    });
    row('peer: readline + JSON.parse', peer, peerS, jsonlBytes);
    const [streamed, streamedS] = await time(() => ingestPaths([jsonl], { maxFileBytes: 1024 }));
    row('ingest JSONL (streamed)', streamed.records.length, streamedS, jsonlBytes);
    const [whole, wholeS] = await time(() => ingestPaths([jsonl], { maxFileBytes: 1 << 30 }));
    row('ingest JSONL (whole file, charset detection)', whole.records.length, wholeS, jsonlBytes);

    // WARC, as CC-NEWS: request + response per page, one gzip member per record in .warc.gz
    const W = Math.max(1, Math.floor(N / 10));
    for (const gzip of [false, true]) {
      const parts: Uint8Array[] = [];
      for (let i = 0; i < W; i++) {
        const a = article(i);
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>${a.title}</title></head><body><nav>Home | World | Business</nav><article><h1>${a.title}</h1>${a.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>© Example News</footer></body></html>`;
        const url = `https://news.example/${i}`;
        parts.push(await WARCSerializer.serialize(WARCRecord.create({ url, date: '2024-02-07T03:12:45Z', type: 'request', warcVersion: 'WARC/1.0', httpHeaders: { Host: 'news.example' }, statusline: 'GET / HTTP/1.1' }, []), { gzip }));
        parts.push(await WARCSerializer.serialize(WARCRecord.create({ url, date: '2024-02-07T03:12:45Z', type: 'response', warcVersion: 'WARC/1.0', httpHeaders: { 'Content-Type': 'text/html; charset=UTF-8' }, statusline: 'HTTP/1.1 200 OK' }, [new TextEncoder().encode(html)]), { gzip }));
      }
      const file = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      writeFileSync(file, Buffer.concat(parts));
      const bytes = statSync(file).size;
      const [peerN, peerWS] = await time(async () => {
        let n = 0;
        for await (const r of WARCParser.iterRecords(createReadStream(file))) if (r.warcType === 'response') { await r.readFully(true); n++; }
        return n;
      });
      row(`peer: warcio iterRecords + readFully (${gzip ? 'gz' : 'plain'})`, peerN, peerWS, bytes);
      const [res, resS] = await time(() => ingestPaths([file]));
      row(`ingest WARC${gzip ? '.gz' : ''} (HTML responses, decoded)`, res.records.length, resS, bytes);
    }

    const widths = [50, 9, 10, 8, 8];
    const header = ['input', 'records', 'records/s', 'MB/s', 'ms'];
    console.log(header.map((h, i) => h.padEnd(widths[i]!)).join(''));
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join(''));
    console.log(`(file sizes: JSONL ${(jsonlBytes / 1048576).toFixed(1)} MB; MB/s is of the file as stored, so gzip rows count compressed bytes)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
