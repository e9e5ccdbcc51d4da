/** Runs the CLI in-process with captured stdout/stderr, for end-to-end tests. */
import { Writable } from 'node:stream';
import { main } from '../../src/app/cli/main.ts';

export interface CliResult { code: number; stdout: string; stderr: string }

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(chunk, _enc, cb) { chunks.push(String(chunk)); cb(); } }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

export async function runCli(args: string[]): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
