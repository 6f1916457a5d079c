import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PREVIEW_SIZE, previewImageFile } from './createPreviewTags.ts';
import { serveFolder } from './serveFolder.ts';

/*
 * A page's picture is the page as a reader without script sees it (the prerendered view: every
 * script request is refused), printed (each view's print style hides its buttons and fields),
 * light, 1200×630. An embed is its view whole: its title above, its source line and licence
 * below. The explorer is taller than the picture: its top (the federation's name and summary)
 * is shown, with its footer's credit line pinned to the picture's foot.
 */
const PIN_CREDIT = () => {
  const credit = document.querySelector('.site-footer p');
  if (credit === null || document.documentElement.scrollHeight <= window.innerHeight) return;
  const strip = document.createElement('div');
  strip.append(credit.cloneNode(true));
  Object.assign(strip.style, {
    position: 'fixed',
    left: '0',
    right: '0',
    bottom: '0',
    padding: '10px 56px',
    background: '#ffffff',
    borderTop: '1px solid #8a8f98',
    fontSize: '15px',
    zIndex: '1000',
  });
  document.body.append(strip);
};

/** Draws each page of the built site in `outDir` into its picture (previewImageFile) with Chromium. */
export async function drawPreviews(outDir: string, pageFiles: string[], chromiumPath: string): Promise<string[]> {
  const { chromium } = await import('playwright-core');
  const server = await serveFolder(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({
      viewport: PREVIEW_SIZE,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      // Only for pinning the explorer's credit line: the page's policy refuses inline styles.
      bypassCSP: true,
    });
    await context.route('**/*.js', (route) => route.abort());
    const written: string[] = [];
    for (const file of pageFiles) {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.evaluate(PIN_CREDIT);
      const image = join(outDir, previewImageFile(file));
      await mkdir(dirname(image), { recursive: true });
      await page.screenshot({ path: image, type: 'png' });
      written.push(previewImageFile(file));
      await page.close();
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}
