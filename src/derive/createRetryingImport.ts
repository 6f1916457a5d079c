/*
 * A dynamic import that can be tried again after it failed (a chunk that 404s after a deploy, a
 * dropped connection). Calling the returned function imports once and keeps the module; after a
 * failure the next call imports again.
 *
 * A browser may keep a failed module fetch for its URL and answer the same failure to every later
 * import() of it (HTML's module map; whatwg/html#6768). Chromium and Firefox name that URL in the
 * error ("Failed to fetch dynamically imported module: https://…/x.js"), so a retry whose fresh
 * import fails again imports that URL with a query of its own, which is a new entry in the map.
 */
const MODULE_URL = /\bhttps?:\/\/[^\s'"]+?\.m?js(?:\?[^\s'"]*)?(?=$|[\s'"])/;

/** The URL of the module a failed import names, if any and if it is on `origin`. */
function findFailedModuleUrl(error: unknown, origin: string): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const found = MODULE_URL.exec(message)?.[0];
  if (found === undefined) return null;
  const url = new URL(found);
  return url.origin === origin ? url.href : null;
}

/** `url` with `retry=attempt` in its query, replacing an earlier one. */
function withRetryQuery(url: string, attempt: number): string {
  const busted = new URL(url);
  busted.searchParams.set('retry', String(attempt));
  return busted.href;
}

/**
 * `load` (`() => import('./Module')`) made retryable. `importUrl` imports a URL (a fresh
 * `import()` in the browser; tests pass their own). The module at the failed URL is the one
 * `load` imports, so the two give the same namespace.
 */
export function createRetryingImport<M>(
  load: () => Promise<M>,
  importUrl: (url: string) => Promise<M>,
  origin: () => string,
): () => Promise<M> {
  let loaded: Promise<M> | null = null;
  let failedUrl: string | null = null;
  let attempts = 0;
  const attempt = async (): Promise<M> => {
    attempts += 1;
    try {
      return await load();
    } catch (error) {
      failedUrl = findFailedModuleUrl(error, origin()) ?? failedUrl;
      if (attempts === 1 || failedUrl === null) throw error;
      return importUrl(withRetryQuery(failedUrl, attempts));
    }
  };
  return () => {
    loaded ??= attempt().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return loaded;
  };
}
