import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createPreviewTags } from './createPreviewTags.ts';
import { drawPreviews } from './drawPreviews.ts';
import { lookForChromium } from './findChromium.ts';
import { pageBase } from './pageBase.ts';

/** The text of an attribute or element as build/prerender.ts escaped it (Vite escapes tags' attributes again). */
const unescapeHtml = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/**
 * Link previews: each built page gets Open Graph and Twitter card tags from its own title and
 * description (so runs after build/prerender.ts), and a 1200×630 picture of itself drawn by
 * Chromium once the files are written (build/drawPreviews.ts). `SITE_URL` (the address the
 * site is served from, ending in /) makes their addresses absolute, as link previewers want.
 * Without a Chromium the pages are built without pictures, and the build says so.
 */
export function linkPreviews(): Plugin {
  let base = './';
  let outDir = '';
  let chromiumPath: string | null = null;
  const pages: string[] = [];
  const siteUrl = process.env.SITE_URL?.trim() || null;
  if (siteUrl !== null && !URL.canParse(siteUrl)) throw new Error(`SITE_URL is not an address: ${siteUrl}`);
  return {
    name: 'kokko-roren:link-previews',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
      chromiumPath = lookForChromium();
      pages.length = 0;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        const file = relative('/', path);
        pages.push(file);
        const title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
        const description = unescapeHtml(/<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? '');
        const options = { siteUrl, prefix: pageBase(base, path), hasImage: chromiumPath !== null };
        return createPreviewTags({ file, title, description }, options);
      },
    },
    async closeBundle() {
      if (chromiumPath === null) {
        this.warn('no Chromium or Chrome found (set CHROME_PATH): the pages are built without link-preview pictures');
        return;
      }
      const written = await drawPreviews(outDir, pages, chromiumPath);
      const where = siteUrl ?? 'each page (set SITE_URL to the site’s address for absolute ones)';
      this.info(`link previews: ${written.join(', ')}, addressed from ${where}`);
    },
  };
}
