/**
 * Entry point of a batch worker process (forked by ./batch-pool.ts): checks the files the parent sends, one at
 * a time, answers each with its overview row and its resident memory, and exits when the parent lets go.
 */
import { checkJob, type BatchJob } from './batch-job';

process.on('message', (message: { type: 'job'; job: BatchJob }) => {
  if (message?.type !== 'job') return;
  void checkJob(message.job).then((row) => {
    process.send?.({ type: 'done', index: message.job.index, row, rss: process.memoryUsage().rss });
  });
});
process.on('disconnect', () => process.exit(0));
