import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve, sep } from 'node:path';
import { preview, type Plugin } from 'vite';

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Pages under this prefix are served with every script removed: what a reader with scripts off,
 * or a host that strips them, sees. Engines whose drivers cannot turn scripts off use it. Other
 * files under it (the stylesheet, which the pages point to by relative URLs) are served as they are.
 */
export const NO_SCRIPT_PREFIX = '/no-script';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>\s*|<link rel="modulepreload"[^>]*>\s*/g;

/** Vite's preview server has no such folder, so this plugin adds it as a middleware in front. */
function noScriptPages(root: string, mount: string): Plugin {
  const prefix = `${mount}${NO_SCRIPT_PREFIX.slice(1)}/`;
  return {
    name: 'kokko-roren-tests:no-script-pages',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        if (!url.pathname.startsWith(prefix)) return next();
        const path = url.pathname.slice(prefix.length);
        if (path !== '' && !path.endsWith('/') && !path.endsWith('.html')) {
          request.url = `${mount}${path}${url.search}`;
          return next();
        }
        const file = resolve(root, path.endsWith('.html') ? path : `${path}index.html`);
        if (!file.startsWith(`${root}${sep}`)) return next();
        readFile(file, 'utf8').then(
          (html) =>
            response
              .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
              .end(html.replace(SCRIPT, '')),
          () => next(),
        );
      });
    },
  };
}

export interface ServeOptions {
  /**
   * The folder the site is served from, as on a host that keeps it under a path of its own:
   * `/kokko-roren/` serves dist/index.html at /kokko-roren/ and answers 404 outside it (Vite
   * redirects `/` itself to the folder).
   */
  mount?: string;
}

/**
 * Serves a built site from `root` on 127.0.0.1 at a free port with Vite's preview server, as a plain
 * static host would: no fallback page for an unknown path (a missing file is a 404), no caching.
 */
export async function serveDirectory(root: string, { mount = '/' }: ServeOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server = await preview({
    configFile: false,
    // Vite serves root/outDir; the folder's parent is its root, so nothing can build over it.
    root: dirname(absoluteRoot),
    base: mount,
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: basename(absoluteRoot) },
    plugins: [noScriptPages(absoluteRoot, mount)],
    preview: {
      host: '127.0.0.1',
      port: 0,
      open: false,
      cors: false,
      headers: { 'cache-control': 'no-store' },
    },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
