import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDirectory = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Runs the production build (the same one users get) quietly into dist/. */
export async function buildSite(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: projectRoot, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
