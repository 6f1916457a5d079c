import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/*
 * Three projects: unit and component tests in jsdom, end-to-end tests in Chromium against the
 * production build, and a smoke suite in Firefox and WebKit. CI reads the JSON report.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // A missing snapshot fails the run here as in CI; `npx vitest run -u` writes or updates them.
      update: 'none',
      outputFile: { json: 'tests/output/vitest-results.json' },
      reporters: ['default', 'json', './tests/setup/suiteSummary.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/e2e/**'],
            setupFiles: ['tests/setup/jsdom.ts'],
            // Whole-page renders in jsdom take seconds when the machine is busy.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.e2e.ts'],
            globalSetup: ['tests/e2e/harness/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // One Chromium at a time on a two-core machine keeps timings and screenshots steady.
            fileParallelism: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'engines',
            environment: 'node',
            include: ['tests/engines/**/*.engines.ts'],
            globalSetup: ['tests/engines/harness/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // Firefox ESR and WebKitGTK: their files join the e2e files' one-at-a-time queue, so no
            // two browsers run at once.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
