/** @module analysis-thread-entry — the thread side of analysis-thread: one request in, its story report (or error) out. */
import { parentPort } from 'node:worker_threads';
import { storyReport } from './run.ts';
import type { ThreadReply, ThreadRequest } from './analysis-thread.ts';

parentPort!.on('message', (req: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { id: req.id, result: storyReport(req.story, req.docs, new Date(req.now), req.maxDocuments) };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
