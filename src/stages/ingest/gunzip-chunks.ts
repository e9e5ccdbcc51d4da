/**
 * @module gunzip-chunks — gzip (one or many concatenated members) undone slice by slice, yielding what
 * each slice decompressed before the next is fed, and throwing zlib's error only after that. Only the
 * output of the slice in which damage is found is lost. (Iterating a piped zlib stream instead loses
 * everything still buffered when the error arrives.)
 */
import { createGunzip } from 'node:zlib';

export async function* gunzipChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, sliceBytes = 16 * 1024): AsyncGenerator<Uint8Array> {
  const gz = createGunzip();
  const out: Buffer[] = [];
  let failure: Error | null = null;
  gz.on('data', (d: Buffer) => out.push(d));
  gz.on('error', (e) => { failure = e; });
  // Resolves once zlib has taken the input (or failed on it), whichever comes first.
  const settle = (start: (done: () => void) => void) => new Promise<void>((resolve) => {
    gz.once('error', () => resolve());
    start(() => resolve());
  });
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length && !failure; i += sliceBytes) {
      await settle((done) => gz.write(chunk.subarray(i, i + sliceBytes), () => done()));
      while (out.length) yield out.shift()!;
    }
    if (failure) break;
  }
  if (!failure) await settle((done) => { gz.once('end', done); gz.end(); });
  while (out.length) yield out.shift()!;
  if (failure) throw failure;
}
