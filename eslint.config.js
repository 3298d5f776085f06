// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// src/math (and the training code beside it) stays free of UI and state code.
const mathPure = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/math is pure: no React.',
  },
  { group: ['zustand', 'zustand/*'], message: 'src/math is pure: no store.' },
  { group: ['d3-*', 'd3'], message: 'src/math is pure: no d3.' },
  { group: ['**/state/**', '**/components/**'], message: 'src/math is pure.' },
];

// Test-only modules (`*.testing.ts(x)` helpers, math fixtures) must never reach a bundle.
const testOnly = {
  group: ['**/*.testing', '**/fixtures/*'],
  message: 'Test-only module: import it from tests only.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'recipes/*/build',
      'recipes/*/.docusaurus',
      'recipes/vitepress/docs/.vitepress/{cache,dist}',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.testing.{ts,tsx}', 'src/test-setup.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testOnly] }] },
  },
  {
    // src/math is published on its own: it must stay free of UI and state code.
    files: ['src/math/**', 'src/train/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...mathPure, testOnly] }] },
  },
  {
    files: ['src/math/**/*.test.ts', 'src/train/**/*.test.ts', 'src/math/fixtures/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: mathPure }] },
  },
  {
    // The figure (plot, readout, controls) and the state it reads know nothing of where they
    // live: each host composes the parts it shows around them (docs/architecture.md).
    files: ['src/components/**', 'src/plot/**', 'src/state/**'],
    ignores: ['src/components/explain/**', '**/*.test.*', '**/*.testing.*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/parts',
                '**/parts/**',
                '**/page/**',
                '**/iframe/**',
                '**/element/**',
                '**/lib/**',
                '**/export/**',
                '**/demos/**',
                '**/explain/**',
              ],
              message:
                'The figure imports no host or optional part: the host composes them (docs/architecture.md).',
            },
            testOnly,
          ],
        },
      ],
    },
  },
);
