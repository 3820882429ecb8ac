// @ts-check
// Lint: eslint's and typescript-eslint's recommended rules with type information (floating
// promises, unsafe any, needless assertions), so mistakes the compiler lets through fail before
// the tests run. tsconfig.eslint.json is the build's tsconfig widened to the tests (and the DOM
// their browser callbacks run in).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import prettierOff from 'eslint-config-prettier/flat';

const NODE_GLOBALS = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'].map((name) => [name, 'readonly']));

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
