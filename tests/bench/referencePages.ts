import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Two reference copies of the explorer page, measured in the same run as the real one:
 * - the static floor: the prerendered HTML and its stylesheet with every script removed, so
 *   nothing can paint sooner;
 * - the client-rendered build: the same scripts with an empty #root, as the site was before
 *   prerendering (main.tsx then renders from scratch instead of hydrating).
 */
export const STATIC_FLOOR = '/bench/static-floor.html';
export const CLIENT_RENDERED = '/bench/client-rendered.html';

export function writeReferencePages(distDirectory: string): void {
  // The copies sit one folder deeper than index.html, whose URLs are relative (base './').
  const explorer = readFileSync(join(distDirectory, 'index.html'), 'utf8').replace(/(\s(?:src|href)=")\.\//g, '$1../');
  const withoutScripts = explorer
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  // #root is the body's last element but for the module script after it (build/createEntryTags.ts).
  const emptyRoot = explorer.replace(
    /<div id="root"[^>]*>[\s\S]*<\/div>(\s*<script type="module"[^>]*><\/script>\s*<\/body>)/,
    '<div id="root"></div>$1',
  );
  if (withoutScripts.includes('<script') || !withoutScripts.includes('class="table-view"')) {
    throw new Error('bench: could not make the static floor from dist/index.html');
  }
  if (emptyRoot.includes('class="table-view"') || !emptyRoot.includes('<script')) {
    throw new Error('bench: could not make the client-rendered page from dist/index.html');
  }
  mkdirSync(join(distDirectory, 'bench'), { recursive: true });
  writeFileSync(join(distDirectory, STATIC_FLOOR), withoutScripts);
  writeFileSync(join(distDirectory, CLIENT_RENDERED), emptyRoot);
}
