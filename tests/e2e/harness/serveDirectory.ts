import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const candidate = resolve(root, relative);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null;
}

/**
 * Pages under this prefix are served with every script removed: what a reader with scripts off,
 * or a host that strips them, sees. Engines whose drivers cannot turn scripts off use it. Other
 * files under it (the stylesheet, which the pages point to by relative URLs) are served as they are.
 */
export const NO_SCRIPT_PREFIX = '/no-script';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>\s*|<link rel="modulepreload"[^>]*>\s*/g;

export interface ServeOptions {
  /**
   * The folder the site is served from, as on a host that keeps it under a path of its own:
   * `/kokko-roren/` serves dist/index.html at /kokko-roren/ and answers 404 outside it.
   */
  mount?: string;
}

/** Serves a built site from `root` on 127.0.0.1 at a free port, as a plain static host would. */
export async function serveDirectory(root: string, { mount = '/' }: ServeOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const notFound = () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    if (!url.pathname.startsWith(mount)) {
      notFound();
      return;
    }
    const path = `/${url.pathname.slice(mount.length)}`;
    const noScript = path.startsWith(`${NO_SCRIPT_PREFIX}/`);
    const file = resolveFile(absoluteRoot, noScript ? path.slice(NO_SCRIPT_PREFIX.length) : path);
    if (file === null) {
      notFound();
      return;
    }
    if (noScript && extname(file) === '.html') {
      const html = readFileSync(file, 'utf8').replace(SCRIPT, '');
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(html);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
