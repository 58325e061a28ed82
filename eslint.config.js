// Lint rules of chiso: typescript-eslint's recommended set, plus the boundary rules of DESIGN.md
// that an import graph cannot see (the import layers themselves are in .dependency-cruiser.cjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const onlyCli = 'only src/cli touches the process: pass what you need through CommandEnv or Io';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-duplicate-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'named exports only' }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: onlyCli }, { name: 'console', message: onlyCli }],
      'no-restricted-properties': ['error', { object: 'process', message: onlyCli }],
    },
  },
  {
    files: ['src/analysis/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'analysis and model do no I/O' }] }],
    },
  },
);
