/** @module progress — progress on stderr: a bar on a terminal, a few plain lines otherwise. stdout stays for results. */

export type ProgressFn = (stage: string, done: number, total: number) => void;

export function makeProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): ProgressFn {
  if (quiet) return () => {};
  let lastStage = '';
  return (stage, done, total) => {
    if (stream.isTTY) {
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : width;
      stream.write(`\r${stage.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done >= total) stream.write('\n');
      return;
    }
    // Not a terminal: one line when a stage starts and one when it ends, nothing in between.
    if (stage !== lastStage) { stream.write(`${stage}: ${total} to do\n`); lastStage = stage; }
    if (done >= total) stream.write(`${stage}: done (${done})\n`);
  };
}
