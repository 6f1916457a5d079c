/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

/*
 * The production page forbids inline script and every remote origin. It is a <meta> policy so it
 * travels with the files to any static host; the dev server is left without it because React's
 * fast refresh injects an inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kokko-roren:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Gzipped JavaScript each page may load, in KB (1 KB = 1024 bytes); the build fails past it. */
const JAVASCRIPT_BUDGETS = [{ page: 'explorer page (/)', entry: 'src/main.tsx', maxKb: 115 }];

/**
 * The chunks a page loads on arrival: its entry and everything that imports statically. Lazy
 * chunks (the virtualiser for very large datasets) load only when asked for, so they do not count.
 */
function collectChunks(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const next of chunk.imports) collectChunks(bundle, next, seen);
  return seen;
}

function javascriptBudget(): Plugin {
  return {
    name: 'kokko-roren:javascript-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const { page, entry, maxKb } of JAVASCRIPT_BUDGETS) {
        const entryChunk = Object.values(bundle).find(
          (item) => item.type === 'chunk' && item.isEntry && item.moduleIds.some((id) => id.endsWith(entry)),
        );
        if (entryChunk === undefined) this.error(`budget: no entry chunk for ${entry}`);
        let bytes = 0;
        for (const fileName of collectChunks(bundle, entryChunk.fileName)) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') bytes += gzipSync(chunk.code, { level: 9 }).length;
        }
        const kb = bytes / 1024;
        const verdict = `${page}: ${kb.toFixed(1)} KB of gzipped JavaScript (budget ${maxKb} KB)`;
        if (kb > maxKb) this.error(`over budget: ${verdict}`);
        console.log(`budget ok: ${verdict}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), javascriptBudget()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Budgets are measured from the manifest: which chunks each page loads.
    manifest: true,
    target: 'es2022',
  },
  test: {
    outputFile: { json: 'tests/output/vitest-results.json' },
    reporters: ['default', 'json'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup/jsdom.ts'],
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
    ],
  },
});
