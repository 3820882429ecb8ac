import { describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, defaultJobs, MAX_DEFAULT_JOBS, poolSize, WORKER_MEMORY_BYTES } from '../../src/drivers/pool.js';

const MB = 2 ** 20;
const GB = 2 ** 30;

describe('defaultJobs: cores, capped by available memory (150 MB a worker) and by a ceiling', () => {
  it('is the number of cores when memory is plentiful', () => {
    expect(defaultJobs(2, 16 * GB)).toBe(2);
    expect(defaultJobs(6, 16 * GB)).toBe(6);
  });

  it('is capped by memory: 150 MB for each worker', () => {
    expect(WORKER_MEMORY_BYTES).toBe(150 * MB);
    expect(defaultJobs(16, 600 * MB)).toBe(4);
    expect(defaultJobs(16, 449 * MB)).toBe(2);
  });

  it('is capped at 8 whatever the machine', () => {
    expect(MAX_DEFAULT_JOBS).toBe(8);
    expect(defaultJobs(64, 256 * GB)).toBe(8);
  });

  it('is at least one, even with no memory to spare', () => {
    expect(defaultJobs(4, 100 * MB)).toBe(1);
    expect(defaultJobs(4, 0)).toBe(1);
  });
});

describe('poolSize: workers for a run, a default pool only as large as its input pays for', () => {
  const bytes = (n: number) => () => n;

  it('runs a default pool of two only on 2 MB of input or more: a few small files run in this thread', () => {
    expect(BYTES_PER_WORKER).toBe(MB);
    expect(poolSize(2, false, 10, bytes(90_000))).toBe(1);
    expect(poolSize(2, false, 200, bytes(2 * MB - 1))).toBe(1);
    expect(poolSize(2, false, 200, bytes(2 * MB))).toBe(2);
    expect(poolSize(8, false, 3000, bytes(5.5 * MB))).toBe(5);
  });

  it('keeps an explicit --jobs, capped at one worker per file', () => {
    expect(poolSize(2, true, 10, bytes(90_000))).toBe(2);
    expect(poolSize(16, true, 10, bytes(90_000))).toBe(10);
  });

  it('counts the bytes only for the default, and never below one worker', () => {
    const never = () => {
      throw new Error('bytes counted');
    };
    expect(poolSize(4, true, 100, never)).toBe(4);
    expect(poolSize(1, false, 100, never)).toBe(1);
    expect(poolSize(4, false, 100, bytes(0))).toBe(1);
  });
});
