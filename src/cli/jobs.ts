/**
 * How many files a batch run checks at a time when `--jobs` is not given.
 *
 * One job is one worker process reading one workbook; the largest the checker is built for (1,000 employees ×
 * 365 days, ≈ 17 MB of .xlsx) peaks at ≈ 500 MB of resident memory in its process. So: one job per core (the
 * work is CPU-bound; more jobs than cores only interleave), and no more jobs than 500 MB slices of the memory
 * free when the run starts, never fewer than one, never more than there are files.
 */
import * as os from 'os';

/** Resident memory one job may reach (the 1,000-employee daily workbook). */
export const JOB_MEMORY_BYTES = 500 * 1024 * 1024;

/**
 * @example defaultJobs({ cores: 8, freeBytes: 2 * 1024 ** 3, files: 50 }) // 4 (2 GiB / 500 MiB)
 * @example defaultJobs({ cores: 2, freeBytes: 16 * 1024 ** 3, files: 50 }) // 2
 */
export function defaultJobs(machine: { cores: number; freeBytes: number; files: number }): number {
  const byMemory = Math.floor(machine.freeBytes / JOB_MEMORY_BYTES);
  return Math.max(1, Math.min(machine.cores, byMemory, machine.files));
}

/** The running machine's figures: cores Node may use, memory the kernel reports as available. */
export function thisMachine(files: number): { cores: number; freeBytes: number; files: number } {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return { cores, freeBytes: os.freemem(), files };
}
