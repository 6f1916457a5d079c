import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

/**
 * One Chromium for a test file: launched before its tests, closed after. Returns a getter,
 * since the browser exists only once beforeAll has run.
 */
export function startChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromiumPath'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running yet');
    return browser;
  };
}
