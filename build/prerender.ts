import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
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

/** The page's #root drawn into the template, and its own title and description. */
const withHead = (html: string, page: RenderPage.RenderedPage) =>
  // Functions, so that nothing in the rendered HTML is read as a replacement pattern ($&).
  html
    .replace(PLACEHOLDER, () => page.root)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.head.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, open: string, close: string) => `${open}${escapeHtml(page.head.description)}${close}`,
    );

/** The pages drawn by the dev server's own modules (what `npm start` serves, edits included). */
async function renderPagesOnDevServer(server: ViteDevServer | undefined): Promise<RenderPage.RenderedPage[]> {
  if (server === undefined) throw new Error('prerender: no dev server to draw the page with');
  const app = (await server.ssrLoadModule('/src/app/renderPage.tsx')) as typeof RenderPage;
  return app.renderPages();
}

/** The page files, as the dev server's own modules list them. */
async function readDevPageFiles(server: ViteDevServer): Promise<string[]> {
  const app = (await server.ssrLoadModule('/src/app/pages.ts')) as typeof Pages;
  return Object.values(app.PAGES).map((page) => page.file);
}

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
 * The dev server answers the same paths with the same pages, drawn per request by the same
 * renderer over the modules it serves (so embed/chart.html is the chart's embed there too), and
 * answers any other path with a 404 (appType 'mpa' in vite.config.ts), as a static host does.
 */
export function prerender({ entry }: { entry: string }): Plugin {
  let base = './';
  let files: string[] = [];
  let rendered: Promise<RenderPage.RenderedPage[]> | undefined;
  let devServer: ViteDevServer | undefined;
  const isPageFile = (id: string) => files.includes(relative(projectPath(''), id));
  return {
    name: 'kokko-roren:prerender',
    async config(_, { command }) {
      // Only for a build: importing the app here, in a process that also runs tests, would fix
      // React's development or production build for the whole process before the build sets it.
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
    configureServer(server) {
      devServer = server;
      // Before Vite's own HTML middleware, which knows only the files on disk (index.html).
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.originalUrl ?? request.url ?? '/', 'http://127.0.0.1');
        const file = url.pathname === '/' ? TEMPLATE : decodeURIComponent(url.pathname.slice(1));
        if (request.method !== 'GET' || !file.endsWith('.html')) return next();
        readDevPageFiles(server)
          .then(async (pageFiles) => {
            if (!pageFiles.includes(file)) return next();
            const template = await readFile(projectPath(TEMPLATE), 'utf8');
            const html = await server.transformIndexHtml(`/${file}`, template, request.originalUrl);
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
          })
          .catch((error: unknown) => next(error));
      });
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
        const file = relative('/', path);
        // On the dev server, drawn afresh each time: the modules may have changed since.
        const pages = bundle === undefined ? renderPagesOnDevServer(devServer) : (rendered ??= renderPages());
        const page = (await pages).find((candidate) => candidate.file === file);
        if (page === undefined) throw new Error(`prerender: src/app/pages.ts has no page for ${file}`);
        const head = withHead(html, page);
        if (bundle === undefined) {
          return {
            html: head,
            tags: [{ tag: 'script', attrs: { type: 'module', src: `/${entry}` }, injectTo: 'body' }],
          };
        }
        return {
          html: head,
          tags: createEntryTags(bundle, projectPath(entry), { embed: page.embed, prefix: pageBase(base, path) }),
        };
      },
    },
  };
}
