import { describe, expect, it } from 'vitest';
import { defaultJobs, MAX_DEFAULT_JOBS, WORKER_MEMORY_BYTES } from '../../src/drivers/pool.js';

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
