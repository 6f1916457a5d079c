import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory, type StaticServer } from './serveDirectory';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
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
function readReadmeScript(readme: string, marker: string): string {
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const found = blocks.filter((block) => block.includes('<script>') && block.includes(marker));
  if (found.length !== 1) throw new Error(`README.md has ${found.length} host scripts with ${marker}, not one`);
  return found[0] ?? '';
}

/**
 * A reveal.js deck: one slide per snippet, a closing slide, and the README's host
 * lines. `size` is reveal's own slide size (what a presenter sets, and what `?print-pdf` prints a
 * page at); without it the slides fill the window.
 */
export function createDeck(snippets: readonly string[], size?: { width: number; height: number }): string {
  const config = size === undefined ? "width: '100%', height: '100%'" : `width: ${size.width}, height: ${size.height}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kokko Roren in a deck</title>
<link rel="stylesheet" href="/reveal/reveal.css">
<link rel="stylesheet" href="/reveal/theme/white.css">
<style>
  .reveal .slides section { padding: 0; }
  .reveal iframe { display: block; max-width: none; max-height: none; }
</style>
</head>
<body>
<div class="reveal"><div class="slides">
${snippets.map((snippet) => `<section>${snippet}</section>`).join('\n')}
<section><h2>Questions</h2></section>
</div></div>
<script src="/reveal/reveal.js"></script>
<script>
  Reveal.initialize({ ${config}, margin: 0, center: false, hash: false, transition: 'none', controls: false, progress: false });
</script>
${readReadmeScript(README, 'kokko-roren:height')}
${readReadmeScript(README, 'kokko-roren:key')}
</body>
</html>`;
}
