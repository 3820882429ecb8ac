// @ts-check
// Lint: eslint's and typescript-eslint's recommended rules with type information (floating
// promises, unsafe any, needless assertions), so mistakes the compiler lets through fail before
// the tests run. tsconfig.eslint.json is the build's tsconfig widened to the tests (and the DOM
// their browser callbacks run in).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import prettierOff from 'eslint-config-prettier/flat';
import ts from 'typescript';

const NODE_GLOBALS = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'].map((name) => [name, 'readonly']));

// The modules already checked with noUncheckedIndexedAccess (tsconfig.indexed.json, where the
// list lives) are linted with the types that flag gives, so a `!` on an index is not "unnecessary".
const INDEXED_TSCONFIG = fileURLToPath(new URL('tsconfig.indexed.json', import.meta.url));
const INDEXED = ts.readConfigFile(INDEXED_TSCONFIG, ts.sys.readFile).config.include;

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'tests/artifacts/**', 'schemas/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('x')` stays allowed: it types a module loaded lazily through require
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      // an async function without await is how an interface that returns a promise turns a throw into a rejection
      '@typescript-eslint/require-await': 'off',
      // the code declares no enums; the only ones are domhandler's node types, compared with their documented strings
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // full-width spaces are text this project reads: in comments and patterns they are meant
      'no-irregular-whitespace': ['error', { skipComments: true, skipRegExps: true, skipTemplates: true, skipStrings: true }],
    },
  },
  {
    files: INDEXED,
    languageOptions: {
      parserOptions: { project: './tsconfig.indexed.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // tests assert on parsed CLI output and on values from the browser page, which are any by nature
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  // last: turns off the rules that only judge layout, which prettier decides (.prettierrc.json)
  prettierOff,
);
