import type { TestProject } from 'vitest/node';
import { buildSite, distDirectory } from './buildSite';
import { findChromium } from '../../../build/findChromium';
import { serveDirectory } from './serveDirectory';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served: `http://127.0.0.1:PORT`. */
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Once per run: find Chromium, build the production site and serve it on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  console.log(`End-to-end suite browser: Chromium ${chromiumPath}`);
  await buildSite();
  const server = await serveDirectory(distDirectory);
  project.provide('baseUrl', server.origin);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
