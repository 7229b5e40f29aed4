import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// import-x parses only .js unless told: without these it sees no TypeScript cycles.
const IMPORT_SETTINGS = {
  'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
};

/** The layers below features, which everything above may use. */
const BASE = ['domain', 'stores', 'i18n', 'lib', 'utils'];
const layer = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

const STORAGE_MESSAGE = 'Use defineSetting from @/lib/storage/define-setting.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.shots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['video.js', 'video.js/*'],
              message: 'Only src/lib/videojs/ may import video.js; use its PlayerController.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layering (STYLE.md): app → features → ui → (domain, stores, i18n, lib, utils), nothing
    // upward, no feature importing another; dynamic imports are checked too.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      ...IMPORT_SETTINGS,
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/include': ['src/**/*'],
      // The entry point only mounts the app.
      'boundaries/ignore': ['src/main.tsx'],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'stores', pattern: 'src/stores' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'utils', pattern: 'src/utils' },
        { type: 'testing', pattern: 'src/testing' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            layer('app', ['app', 'feature', 'ui', ...BASE]),
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { feature: '{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
            layer('feature', ['ui', ...BASE]),
            layer('ui', ['ui', ...BASE]),
            layer('stores', ['stores', 'domain', 'i18n', 'lib', 'utils']),
            layer('domain', ['domain', 'lib', 'utils']),
            layer('i18n', ['i18n', 'lib', 'utils']),
            layer('lib', ['lib', 'utils']),
            layer('utils', ['utils']),
            // Test support may reach anything, and any test may use it.
            layer('testing', ['app', 'feature', 'ui', ...BASE, 'testing']),
            {
              from: { file: { categories: 'test' } },
              allow: { to: { element: { type: 'testing' } } },
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...IMPORT_SETTINGS,
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/lib/videojs/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts the benchmark injects into the page, and the lesson pages' first-screen check.
    files: ['scripts/bench/page/**/*.js', 'scripts/first-screen/first-screen-check.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    languageOptions: { globals: { ...globals.vitest } },
  },
  {
    // Saved data goes through src/lib/storage (versioned keys, schemas, reported problems).
    // Tests and their fixtures may write storage directly, as another tab would.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/storage/**', '**/*.test.{ts,tsx}', 'src/testing/**', 'src/**/*-fixtures.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: STORAGE_MESSAGE },
        { name: 'sessionStorage', message: STORAGE_MESSAGE },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['localStorage', 'sessionStorage'].map((property) => ({
            object,
            property,
            message: STORAGE_MESSAGE,
          })),
        ),
      ],
    },
  },
);
