import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDirectory = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Runs the production build (the same one users get) quietly into dist/. */
export async function buildSite(): Promise<void> {
  await build({ root: projectRoot, logLevel: 'warn', mode: 'production' });
}
