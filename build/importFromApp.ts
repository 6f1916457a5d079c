import { createServer, createServerModuleRunner, type Plugin } from 'vite';
import { projectPath } from './projectPath.ts';

/**
 * Runs `run` over one of the app's modules (a path from the top folder), imported into the build
 * by Vite's module runner: TypeScript, JSX and the `@/` alias work as in the app, and so do the
 * module's lazy imports, until `run` is done. `plugins` serve what the module imports beyond plain
 * files (the validated dataset).
 */
export async function importFromApp<M, R>(
  path: string,
  plugins: Plugin[],
  run: (module: M) => R | Promise<R>,
): Promise<R> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    resolve: { alias: { '@': projectPath('src') } },
    // It runs modules, never serves a browser: no dependency pre-bundling, and a cache of its own,
    // so that it never rewrites the one the dev server's pages are importing from.
    optimizeDeps: { noDiscovery: true, include: [] },
    cacheDir: projectPath('node_modules/.vite-import-from-app'),
    plugins,
  });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  try {
    return await run(await runner.import<M>(projectPath(path)));
  } finally {
    await runner.close();
    await server.close();
  }
}
