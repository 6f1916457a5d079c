/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defineConfig, minify, runnerImport, transformWithOxc, type Plugin } from 'vite';
import type { Dataset } from './src/dataset/datasetSchema';
import type { parseDataset } from './src/dataset/parseDataset';
import type { renderPage } from './src/app/renderPage';

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

/*
 * src/earlyInput.ts records clicks and typing until the page is hydrated, for the app to replay.
 * It must run before the page can be used, so it is a classic script in <head>, after the
 * stylesheet: the two download side by side, and the paint waits for the stylesheet anyway. It
 * is a file of its own (the policy allows no inline script), minified, named after its content.
 */
const EARLY_INPUT_SOURCE = fileURLToPath(new URL('./src/earlyInput.ts', import.meta.url));

function earlyInputScript(): Plugin {
  let base = '/';
  let fileName = '';
  let code = '';
  return {
    name: 'kokko-roren:early-input',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      const source = await readFile(EARLY_INPUT_SOURCE, 'utf8');
      const script = await transformWithOxc(source, EARLY_INPUT_SOURCE, { lang: 'ts' });
      const minified = await minify(EARLY_INPUT_SOURCE, script.code, { module: false, compress: true, mangle: true });
      if (minified.errors.length > 0) throw new Error(`early input: ${minified.errors.map((error) => error.message).join('; ')}`);
      code = minified.code;
      fileName = `assets/early-input-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `${base}${fileName}` }, injectTo: 'head' }],
    },
  };
}

const DATASET_MODULE = 'virtual:kokko-roren-dataset';
const DATASET_FILE = fileURLToPath(new URL('./data/kokko-roren.json', import.meta.url));
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/*
 * The embedded dataset is validated here, when the app is built (and when the dev server or the
 * tests load it), with the same parseDataset a reader's file goes through: a wrong field fails
 * the build with its JSON path. Pages then load data that is known to be valid, without shipping
 * the validator to every reader; it is loaded only when someone opens a file of their own.
 */
async function loadValidatedDataset(): Promise<Dataset> {
  const raw: unknown = JSON.parse(await readFile(DATASET_FILE, 'utf8'));
  const { module } = await runnerImport<{ parseDataset: typeof parseDataset }>('./src/dataset/parseDataset.ts', {
    configFile: false,
    logLevel: 'error',
    resolve: { alias },
  });
  const result = module.parseDataset(raw);
  if (result.ok) return result.dataset;
  const lines = result.errors.map((error) => `  ${error.path} ${error.message}`).join('\n');
  throw new Error(`data/kokko-roren.json failed validation:\n${lines}`);
}

function validatedDataset(): Plugin {
  return {
    name: 'kokko-roren:validated-dataset',
    resolveId: (id) => (id === DATASET_MODULE ? `\0${DATASET_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${DATASET_MODULE}`) return undefined;
      this.addWatchFile(DATASET_FILE);
      return `export default ${JSON.stringify(await loadValidatedDataset())};`;
    },
  };
}

/*
 * The pages the build prerenders, each the entry plus the modules it imports at once: the app
 * (src/main.tsx), its page module and, for a single view, its frame (src/app/loadPage.tsx). The build fails
 * when a page's gzipped JavaScript is over its budget, in KB (1 KB = 1024 bytes).
 */
/*
 * Chunks: every page loads the entry and, once it has painted, its page module and the app core,
 * each in one file, rather than a waterfall of small shared chunks discovered one import at a time
 * (three levels deep, ~200 ms on this machine). The entry's own imports (page parameters, JSX
 * runtime) are one chunk, which every page's HTML preloads; the core is React and the modules every
 * page hydrates with, taken with everything they import. The rest splits per page, so an embed
 * still loads only its view's code. Each import the entry makes after the first paint preloads all
 * the chunks it will need (modulePreload below), so the scripts come in two round trips: the
 * entry with its imports, then everything the page hydrates with (tests/e2e/scriptHops.e2e.ts).
 */
const BOOT = /rolldown.runtime|jsx-runtime|src[\\/](app[\\/](loadPage|urlState)|derive[\\/](filterUnions|normalizeSearchText|createRetryingImport))\./;
const CORE_CHUNK = 'core';
const CORE = /node_modules[\\/](react|react-dom|scheduler|d3-array)[\\/]|src[\\/](main\.tsx|app[\\/](ViewSection|useExplorerState|viewProps)\.|charts[\\/](?!export[\\/])|derive[\\/](format|pickById|linearScale)\.)/;
/** The manifest names the entry chunk (src/boot.ts) after the HTML that loads it. */
const ENTRY = 'index.html';
/** The app itself, which the entry imports once the prerendered page is painted. */
const MAIN = 'src/main.tsx';
const EMBED_FRAME = 'src/app/EmbedFrame.tsx';
const PAGES = [
  {
    file: 'index.html',
    view: null,
    embed: false,
    page: 'explorer',
    budget: 'explorer page (/)',
    modules: [MAIN, 'src/app/ExplorerPage.tsx'],
    maxKb: 115,
  },
  {
    file: 'embed/table.html',
    view: 'table',
    embed: true,
    page: 'table-embed',
    budget: '?view=table&embed=1',
    modules: [MAIN, 'src/app/TablePage.tsx', EMBED_FRAME],
    maxKb: 100,
  },
  {
    file: 'embed/chart.html',
    view: 'chart',
    embed: true,
    page: 'chart-embed',
    budget: '?view=chart&embed=1',
    modules: [MAIN, 'src/app/ChartPage.tsx', EMBED_FRAME],
    maxKb: 90,
  },
  {
    file: 'embed/timeline.html',
    view: 'timeline',
    embed: true,
    page: 'timeline-embed',
    budget: '?view=timeline&embed=1',
    modules: [MAIN, 'src/app/TimelinePage.tsx', EMBED_FRAME],
    maxKb: 90,
  },
] as const;

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** A build-only plugin that runs `run` over the finished output directory (its files are under `base` on the site). */
function afterBuild(name: string, run: (outDir: string, base: string) => Promise<void>): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      base = config.base;
    },
    closeBundle: () => run(outDir, base),
  };
}

/** The build's manifest: which chunk each module is in, and what each chunk imports. */
async function readManifest(outDir: string): Promise<Record<string, ManifestChunk>> {
  return JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

/** The files a manifest key loads at once: its own and, recursively, its static imports. */
function collectFiles(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) collectFiles(manifest, next, seen);
  return seen;
}

/*
 * Prerendering: after the client build, React's server renderer draws the explorer page and
 * each embed over the embedded dataset into the HTML files, so the views are painted before any
 * script runs (and stay there for hosts and readers without script); main.tsx then hydrates them.
 * Their page chunks are not preloaded from the HTML: fetching them while it is parsed delayed the
 * first paint (npm run bench), and src/boot.ts asks for them right after it.
 */
function prerender(): Plugin {
  return afterBuild('kokko-roren:prerender', async (outDir) => {
    const { module } = await runnerImport<{ renderPage: typeof renderPage }>('./src/app/renderPage.tsx', {
      configFile: false,
      logLevel: 'error',
      resolve: { alias },
      plugins: [validatedDataset()],
    });
    const template = await readFile(join(outDir, 'index.html'), 'utf8');
    for (const { file, view, embed, page } of PAGES) {
      // Replaced by a function, so nothing in the rendered HTML is read as a replacement pattern ($&).
      const rendered = relocate(template, file).replace(
        '<div id="root"></div>',
        () => `<div id="root" data-page="${page}">${module.renderPage(view, embed)}</div>`,
      );
      if (!rendered.includes(`data-page="${page}"`)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
      const html = embed ? blockRenderOnScript(rendered) : scriptAfterContent(rendered);
      await mkdir(dirname(join(outDir, file)), { recursive: true });
      await writeFile(join(outDir, file), html);
    }
  });
}

/*
 * The site works under any path (base './'): every URL the build writes is relative. index.html's
 * are relative to the site's root, so a page one folder deeper (embed/chart.html) has them climb
 * one folder more: its stylesheet, scripts and preloads. (Chunks find each other from their own
 * URL, import.meta.url, so only the HTML needs this.)
 */
const RELATIVE_URL = /(<(?:script|link)\b[^>]*?\s(?:src|href)=")\.\//g;

function relocate(html: string, file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? html : html.replace(RELATIVE_URL, (_, start: string) => `${start}${'../'.repeat(depth)}`);
}

const MODULE_SCRIPT = /<script type="module" [^>]*><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" [^>]*>\s*/g;

/*
 * An embed fills its frame (the chart takes the height its neighbours leave), so a paint of a
 * partly parsed embed would move what follows once the rest arrives: it paints only when whole,
 * and its script, which it then waits for, stays in <head> with its preloads.
 */
function blockRenderOnScript(html: string): string {
  if (!MODULE_SCRIPT.test(html)) throw new Error('prerender: index.html has no module script');
  return html.replace('<script type="module" ', '<script type="module" blocking="render" ');
}

/*
 * The explorer page paints as it parses, and its script waits for that paint (src/boot.ts), so
 * nothing is gained by fetching it sooner. It comes after the views. With the script and its two
 * preloads in <head>, the first paint came 120-214 ms after that of the same page with no script
 * (the bench's static floor), median of 30 paired cold loads at CPU 4x, in two runs; after the
 * views and unpreloaded, 40-72 ms after it. Hydration came no later. The two preloads (the
 * entry's imports, 1 KB and 3 KB gzipped) are in <head> again, beside the stylesheet: at the end
 * of the body the parser could paint between them and the script, and the entry then waited for
 * a third round trip. In <head>, with the script still after the views, the first paint was no
 * later than the static floor's in loads paired with it (tests/bench/loadHops.ts).
 */
function scriptAfterContent(html: string): string {
  const script = MODULE_SCRIPT.exec(html)?.[0];
  if (script === undefined) throw new Error('prerender: index.html has no module script');
  const preloads = (html.match(MODULE_PRELOAD) ?? []).map((link) => `  ${link.trim()}\n  `).join('');
  return html
    .replace(script, '')
    .replace(MODULE_PRELOAD, '')
    .replace('</head>', () => `${preloads}</head>`)
    .replace('</body>', () => `  ${script.trim()}\n  </body>`);
}

/*
 * The build fails when a page's JavaScript is over its budget: the gzipped size (level 9, as a
 * static host would serve it) of the chunks it loads on arrival. Lazy chunks (the virtualiser
 * for very large datasets, the export panel) load only when asked for, so they do not count.
 */
const CLASSIC_SCRIPT = /<script src="([^"]+)"><\/script>/g;

function javascriptBudget(): Plugin {
  return afterBuild('kokko-roren:javascript-budget', async (outDir, base) => {
    const manifest = await readManifest(outDir);
    // Every page also runs the classic scripts in index.html's <head> (src/earlyInput.ts).
    const template = await readFile(join(outDir, 'index.html'), 'utf8');
    const classicScripts = [...template.matchAll(CLASSIC_SCRIPT)].map(([, src = '']) => src.slice(base.length));
    for (const { budget, modules, maxKb } of PAGES) {
      const files = new Set<string>(classicScripts);
      for (const key of [ENTRY, ...modules]) {
        if (manifest[key] === undefined) throw new Error(`budget: no chunk for ${key}`);
        collectFiles(manifest, key, files);
      }
      let bytes = 0;
      for (const file of files) bytes += gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
      const kb = bytes / 1024;
      const verdict = `${budget}: ${kb.toFixed(1)} KB of gzipped JavaScript (budget ${maxKb} KB)`;
      // BUDGET_REPORT_ONLY=1 reports without failing, for looking into a build that is over.
      if (kb > maxKb && process.env.BUDGET_REPORT_ONLY !== '1') throw new Error(`over budget: ${verdict}`);
      console.log(`budget ok: ${verdict}`);
    }
  });
}

export default defineConfig({
  // Relative URLs: the built site works from any folder of any host (/kokko-roren/), not only the root.
  base: './',
  plugins: [react(), validatedDataset(), contentSecurityPolicy(), earlyInputScript(), javascriptBudget(), prerender()],
  resolve: { alias },
  build: {
    // Budgets are measured from the manifest: which chunks each page loads.
    manifest: true,
    target: 'es2022',
    // Every page's HTML preloads the entry's imports (the explorer's from <head>: scriptAfterContent).
    // Each of the entry's imports after the first paint preloads every chunk it will need (Vite's
    // default): the page module's own imports download beside it rather than after it. (An earlier
    // version preloaded only the core, once measured to save ~70 ms of script at CPU 4x; that cost a
    // third round trip, and on a shared machine it did not show against the trip.)
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: BOOT, priority: 20 },
            { name: CORE_CHUNK, test: CORE, priority: 10 },
          ],
        },
      },
    },
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
          // A smoke test in Firefox ESR and WebKitGTK; Chromium runs the full suite (e2e). Its files
          // join the e2e files' one-at-a-time queue, so no two browsers run at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
