import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type * as Pages from '../src/app/pages';
import type * as RenderPage from '../src/app/renderPage';
import { createEntryTags } from './createEntryTags.ts';
import { importFromApp } from './importFromApp.ts';
import { pageBase } from './pageBase.ts';
import { projectPath } from './projectPath.ts';
import { validatedDataset } from './validatedDataset.ts';

/** Text for an HTML element or a quoted attribute. */
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Where index.html wants the page's #root. */
const PLACEHOLDER = '<!--app-html-->';
const TEMPLATE = 'index.html';

const readPageFiles = () =>
  importFromApp('src/app/pages.ts', [], (app: typeof Pages) => Object.values(app.PAGES).map((page) => page.file));

const renderPages = () =>
  importFromApp('src/app/renderPage.tsx', [validatedDataset()], (app: typeof RenderPage) => app.renderPages());

/**
 * Prerendering: every page of src/app/pages.ts is built from index.html into its own file, its
 * #root drawn by React's server renderer over the embedded dataset (src/app/renderPage.tsx, run by
 * Vite's module runner), so the views paint before any script runs and stay for readers without
 * script; src/main.tsx then hydrates them. Vite's HTML pipeline writes each file, with the policy
 * and the early-input script; this plugin adds the stylesheet, the entry script and its preloads.
 * On the dev server the client draws the page instead.
 */
export function prerender({ entry }: { entry: string }): Plugin {
  let base = './';
  let files: string[] = [];
  let rendered: Promise<RenderPage.RenderedPage[]> | undefined;
  const isPageFile = (id: string) => files.includes(relative(projectPath(''), id));
  return {
    name: 'kokko-roren:prerender',
    async config(_, { command }) {
      if (command !== 'build') return undefined;
      files = await readPageFiles();
      const pages = Object.fromEntries(files.map((file) => [file, projectPath(file)]));
      // The entry is an input of its own, so that each page places its script where that page needs it.
      return { build: { rolldownOptions: { input: { index: projectPath(entry), ...pages } } } };
    },
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      rendered = undefined;
    },
    // Crawlers may read every page: it is all public history.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
    // The pages other than index.html exist only in the build: each starts as a copy of it.
    resolveId: (id) => (isPageFile(id) ? id : undefined),
    load: (id) => (isPageFile(id) ? readFile(projectPath(TEMPLATE), 'utf8') : undefined),
    transformIndexHtml: {
      order: 'post',
      async handler(html, { path, bundle }) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`prerender: ${TEMPLATE} has no ${PLACEHOLDER}`);
        if (bundle === undefined) {
          return {
            html: html.replace(PLACEHOLDER, '<div id="root"></div>'),
            tags: [{ tag: 'script', attrs: { type: 'module', src: `/${entry}` }, injectTo: 'body' }],
          };
        }
        rendered ??= renderPages();
        const file = relative('/', path);
        const page = (await rendered).find((candidate) => candidate.file === file);
        if (page === undefined) throw new Error(`prerender: src/app/pages.ts has no page for ${file}`);
        return {
          // Functions, so that nothing in the rendered HTML is read as a replacement pattern ($&).
          html: html
            .replace(PLACEHOLDER, () => page.root)
            .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.head.title)}</title>`)
            .replace(
              /(<meta\s+name="description"\s+content=")[^"]*(")/,
              (_, open: string, close: string) => `${open}${escapeHtml(page.head.description)}${close}`,
            ),
          tags: createEntryTags(bundle, projectPath(entry), { embed: page.embed, prefix: pageBase(base, path) }),
        };
      },
    },
  };
}
