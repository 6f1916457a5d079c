import type { TestProject } from 'vitest/node';
import { buildSite, distDirectory } from '../../e2e/harness/buildSite';
import { serveDirectory } from '../../e2e/harness/serveDirectory';
import { findEngines } from './findEngines';
import { startWebKitDriver } from './startWebKitDriver';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxPath: string;
    miniBrowserPath: string;
    /** Where WebKitWebDriver listens, on its own virtual display. */
    webkitDriverUrl: string;
    webkitDownloadDirectory: string;
  }
}

/**
 * Once per run, as for the Chromium suite: build the production site and serve it on 127.0.0.1;
 * then find (or install) Firefox and WebKitGTK, and start WebKitWebDriver on an Xvfb display.
 */
export default async function setup(project: TestProject) {
  const paths = findEngines();
  await buildSite();
  const server = await serveDirectory(distDirectory);
  const webkit = await startWebKitDriver(paths);
  project.provide('baseUrl', server.origin);
  project.provide('firefoxPath', paths.firefox);
  project.provide('miniBrowserPath', paths.miniBrowser);
  project.provide('webkitDriverUrl', webkit.url);
  project.provide('webkitDownloadDirectory', webkit.downloadDirectory);
  return async () => {
    await webkit.stop();
    await server.close();
  };
}
