import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/temp-folder.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
