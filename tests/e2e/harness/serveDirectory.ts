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
 * or a host that strips them, sees. Engines whose drivers cannot turn scripts off use it.
 */
export const NO_SCRIPT_PREFIX = '/no-script';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>\s*|<link rel="modulepreload"[^>]*>\s*/g;

/** Serves a built site from `root` on 127.0.0.1 at a free port, as a plain static host would. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const noScript = url.pathname.startsWith(`${NO_SCRIPT_PREFIX}/`);
    const file = resolveFile(absoluteRoot, noScript ? url.pathname.slice(NO_SCRIPT_PREFIX.length) : url.pathname);
    if (file === null || (noScript && extname(file) !== '.html')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (noScript) {
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
