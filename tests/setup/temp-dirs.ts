import { afterAll } from 'vitest';
import { removeTempDirs } from '../cli/helpers.js';

// A setup file runs before each test file, also where files share their modules (isolate: false),
// so every file's folders from tempDir() are removed when that file ends — a hook registered once
// by the shared helpers module would only run for the first file.
afterAll(removeTempDirs);
