import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * One-way imports (DESIGN.md): data -> dataset -> derive -> charts -> views -> app, where derive and
 * charts know nothing of this dataset. Each layer lists what it may not import; relative imports
 * may not climb out of a layer, so every cross-layer import goes through the `@/` alias and is checked.
 */
const leaveLayer = {
  group: ['../*'],
  message: 'Import another layer through the @/ alias so the boundaries can be checked.',
};
const rawData = {
  group: ['**/data/*.json'],
  message: 'Only src/dataset/embeddedDataset.ts reads the JSON; use useDataset().',
};
const layer = (name, message) => ({ group: [`@/${name}/*`], message });

const boundaries = [
  {
    files: ['src/derive/**'],
    forbid: ['dataset', 'charts', 'views', 'app'],
    why: 'derive/ holds pure, dataset-agnostic functions.',
  },
  {
    files: ['src/charts/**'],
    forbid: ['dataset', 'views', 'app'],
    why: 'charts/ is dataset-agnostic: views pass it data.',
  },
  { files: ['src/dataset/**'], forbid: ['charts', 'views', 'app'], why: 'dataset/ sits below every view.' },
  // Each view is a folder (views/table/, views/chart/, views/timeline/): its files import each other as
  // './X'; another view could only be reached as '@/views/…' or '../…', and both are refused.
  {
    files: ['src/views/**'],
    forbid: ['views', 'app'],
    why: 'views never import each other or the app: linked views talk through app/ state.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [leaveLayer, rawData] }],
    },
  },
  ...boundaries.map(({ files, forbid, why }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [leaveLayer, rawData, ...forbid.map((name) => layer(name, why))] },
      ],
    },
  })),
  {
    files: ['src/dataset/embeddedDataset.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('app', 'dataset/ sits below every view.')] }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.ts', 'vite.config.ts', 'vitest.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
