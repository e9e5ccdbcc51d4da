/** A parser that never returns on one input, fuzzed: the watchdog in fuzz.ts must end this process. Run by test/fuzz/watchdog.test.ts. */
import fc from 'fast-check';
import { fuzz } from './fuzz.ts';

fuzz('endless-loop probe', fc.integer({ min: 0, max: 50 }), (n) => {
  // Stuck on 7 (a loop that stops consuming its input); returns at once otherwise.
  let i = n;
  while (i === 7) i = 7 + (i - 7);
}, 5000);
console.log('probe finished: the watchdog did not fire');
