import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';
import type * as Pages from '../src/app/pages';
import type * as RenderPage from '../src/app/renderPage';
import { collectStaticImports } from './collectStaticImports.ts';
import { importFromApp } from './importFromApp.ts';
import { pageBase } from './pageBase.ts';
import { projectPath } from './projectPath.ts';
import { validatedDataset } from './validatedDataset.ts';

/** Where index.html wants the page's #root. */
const PLACEHOLDER = '<!--app-html-->';
const TEMPLATE = 'index.html';

/**
 * Prerendering: every page of src/app/pages.ts is built from index.html into its own file, its
 * #root drawn by React's server renderer over the embedded dataset (src/app/renderPage.tsx, run by
 * Vite's module runner), so the views paint before any script runs and stay for readers without
 * script; src/main.tsx then hydrates them. Vite's HTML pipeline writes each file's URLs, the policy
 * and the early-input script; this plugin adds the stylesheet, the entry script and its preloads.
 * On the dev server the page is drawn by the client instead.
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
      files = await importFromApp('src/app/pages.ts', [], (app: typeof Pages) => Object.values(app.PAGES).map((page) => page.file));
      const pages = Object.fromEntries(files.map((file) => [file, projectPath(file)]));
      // The entry is an input of its own, so each page places its script where that page needs it.
      return { build: { rolldownOptions: { input: { index: projectPath(entry), ...pages } } } };
    },
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      rendered = undefined;
    },
    // The pages other than index.html exist only in the build: each starts as a copy of it.
    resolveId: (id) => (isPageFile(id) ? id : undefined),
    load: (id) => (isPageFile(id) ? readFile(projectPath(TEMPLATE), 'utf8') : undefined),
    transformIndexHtml: {
      order: 'post',
      async handler(html, { path, bundle }) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`prerender: ${TEMPLATE} has no ${PLACEHOLDER}`);
        if (bundle === undefined) {
          const script: HtmlTagDescriptor = { tag: 'script', attrs: { type: 'module', src: `/${entry}` }, injectTo: 'body' };
          return { html: html.replace(PLACEHOLDER, '<div id="root"></div>'), tags: [script] };
        }
        rendered ??= importFromApp('src/app/renderPage.tsx', [validatedDataset()], (app: typeof RenderPage) => app.renderPages());
        const file = path.replace(/^\//, '');
        const page = (await rendered).find((candidate) => candidate.file === file);
        if (page === undefined) throw new Error(`prerender: src/app/pages.ts has no page for ${file}`);
        return { html: html.replace(PLACEHOLDER, () => page.root), tags: createEntryTags(bundle, page, pageBase(base, path)) };
      },
    },
  };

  /*
   * An embed fills its frame, so a paint of a partly parsed embed would move what follows: it
   * paints only when whole, its script render-blocking in <head>. The explorer paints as it parses
   * and its script waits for that paint (src/boot.ts), so it comes after the views; its preloads
   * stay in <head>, where they delay nothing (docs/performance.md).
   */
  function createEntryTags(bundle: Rolldown.OutputBundle, page: RenderPage.RenderedPage, prefix: string): HtmlTagDescriptor[] {
    const entryChunk = Object.values(bundle).find(
      (chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk' && chunk.facadeModuleId === projectPath(entry),
    );
    if (entryChunk === undefined) throw new Error(`prerender: no chunk for ${entry}`);
    const imports = collectStaticImports(bundle, entryChunk);
    const css = [entryChunk, ...imports.map((file) => bundle[file])].flatMap((chunk) =>
      chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [],
    );
    const stylesheets = css.map(
      (href): HtmlTagDescriptor => ({
        tag: 'link',
        attrs: { rel: 'stylesheet', crossorigin: true, href: `${prefix}${href}` },
        injectTo: 'head',
      }),
    );
    const preloads = imports.map(
      (href): HtmlTagDescriptor => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `${prefix}${href}` },
        injectTo: 'head',
      }),
    );
    const src = `${prefix}${entryChunk.fileName}`;
    if (page.embed) {
      const script: HtmlTagDescriptor = {
        tag: 'script',
        attrs: { type: 'module', blocking: 'render', crossorigin: true, src },
        injectTo: 'head',
      };
      return [...stylesheets, script, ...preloads];
    }
    return [...stylesheets, ...preloads, { tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'body' }];
  }
}
