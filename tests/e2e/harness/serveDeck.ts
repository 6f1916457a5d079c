import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory, type StaticServer } from './serveDirectory';

const REVEAL_DIST = fileURLToPath(new URL('../../../node_modules/reveal.js/dist/', import.meta.url));

/**
 * Serves `pages` (file name to HTML) and reveal.js from node_modules, under `/reveal/`, on another
 * port of 127.0.0.1: another origin than the site's, as a host page would be.
 */
export async function serveDeck(pages: Record<string, string>): Promise<StaticServer> {
  const root = mkdtempSync(join(tmpdir(), 'kokko-roren-deck-'));
  symlinkSync(REVEAL_DIST, join(root, 'reveal'), 'dir');
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(root, name), html);
  const server = await serveDirectory(root);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The ```html blocks of README.md that hold `marker`: the host lines the README tells readers to copy. */
export function readReadmeScript(readme: string, marker: string): string {
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const found = blocks.filter((block) => block.includes('<script>') && block.includes(marker));
  if (found.length !== 1) throw new Error(`README.md has ${found.length} host scripts with ${marker}, not one`);
  return found[0] ?? '';
}
