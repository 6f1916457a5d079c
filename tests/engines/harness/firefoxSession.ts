import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import type { EngineSession } from './EngineSession';
import { findAllInPage, installRecorder, sendTarget, type Target } from './pageScripts';
import { createQueries, screenshotPath, waitForElement } from './sessionTools';

/**
 * Firefox, headless, over WebDriver BiDi (puppeteer-core; no browser download). Downloads go to a
 * temporary folder set in the profile's preferences, without asking.
 */
export async function startFirefoxSession(executablePath: string): Promise<EngineSession> {
  const downloadDirectory = mkdtempSync(join(tmpdir(), 'kokko-roren-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloadDirectory,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // Opening the downloads panel takes the focus from the page (a later click into a frame
      // would not focus it).
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk':
        'image/svg+xml,image/png,text/csv,application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
  });
  const page = await browser.newPage();
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Uncaught errors, and Firefox's own CSP messages, which it logs as script errors.
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  // From the start of every document, so violations while the page loads are seen too.
  await page.evaluateOnNewDocument(installRecorder, false);

  // The document commands go to: the page, or a frame in it (enterFrame).
  let scope: Page | Frame = page;
  const run = (expression: string) => scope.evaluate(expression);
  const queries = createQueries(run);
  const find = (target: Target) =>
    waitForElement(target, async () => {
      const matches = await scope.evaluateHandle(findAllInPage, sendTarget(target));
      const count = await matches.evaluate((elements) => elements.length);
      const first = count > 0 ? await matches.getProperty(0) : null;
      await matches.dispose();
      return first;
    });

  return {
    engine: 'firefox',
    downloadDirectory,
    ...queries,
    async open(url, viewport = { width: 1280, height: 800 }, { hydrated = true } = {}) {
      await page.setViewport(viewport);
      errors = [];
      scope = page;
      await page.goto(url, { waitUntil: 'load' });
      // The pointer stays where the last test left it: park it in the corner, off every chart mark.
      await page.mouse.move(0, 0);
      if (hydrated) await page.waitForSelector('html[data-interactive]');
    },
    async click(target) {
      await (await find(target)).click();
    },
    async focus(target) {
      // ElementHandle.focus() refuses SVG elements; the chart's bars are SVG.
      await (
        await find(target)
      ).evaluate((element) => {
        if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
      });
    },
    async type(target, text) {
      await (await find(target)).type(text);
    },
    async enterFrame(target) {
      scope = page;
      if (target === null) return;
      const frame = await ((await find(target)) as ElementHandle<HTMLIFrameElement>).contentFrame();
      if (frame === null) throw new Error('the element has no frame');
      scope = frame;
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    evaluate: run,
    async record() {
      const { csp } = await queries.record();
      return { errors: [...errors], csp };
    },
    async screenshot(name) {
      const path = screenshotPath(name);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      rmSync(downloadDirectory, { recursive: true, force: true });
    },
  };
}
