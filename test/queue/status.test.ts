/** `synoptic status` for humans: depth per queue, throughput from read jobs' outputs, and each dead letter with its reason. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { InlineQueue } from '../../src/adapters/queue-inline/index.ts';
import { describeStatus } from '../../src/app/cli/commands/queue.ts';

it('shows queue depth, recent throughput and failed jobs with their reasons', async () => {
  const queue = new InlineQueue();
  await queue.work<{ input: string }>('read', async ([job]) => {
    if (job!.data.input.endsWith('broken.jsonl')) throw new Error('could not connect to the store: connection refused');
    return { documents: 12 };
  });
  await queue.enqueue('read', { input: 'scrapes/monday.jsonl' });
  await queue.enqueue('read', { input: 'scrapes/tuesday.jsonl' });
  await queue.enqueue('read', { input: 'scrapes/broken.jsonl' }, { retryLimit: 1 });
  await queue.drain();
  await queue.enqueue('analyse', { storyId: 's1' }); // no worker for it: stays queued

  const text = describeStatus(await queue.status({ windowMinutes: 5 }));
  assert.match(text, /^read\s+0\s+0\s+2\s+1$/m);
  assert.match(text, /^analyse\s+1\s+0\s+0\s+0$/m);
  assert.match(text, /throughput: 24 document\(s\) stored by 2 job\(s\) in the last 5 min \(4\.8\/min\)/);
  assert.match(text, /read \S+ \{"input":"scrapes\/broken\.jsonl"\}: could not connect to the store: connection refused/);
});
