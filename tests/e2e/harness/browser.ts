import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The flags this kind of machine needs: no sandbox as root, no network chatter, no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDirectory = fileURLToPath(new URL('../../output/screenshots/', import.meta.url));

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export type Theme = 'light' | 'dark';

export interface OpenPageOptions {
  theme?: Theme;
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
  /** Requests that left the page's own origin (data: and blob: URLs are local and not counted). */
  foreignRequests: string[];
  close: () => Promise<void>;
}

/** Opens `url` in a fresh context, recording errors and any request to another origin. */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.theme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const requested = request.url();
    if (requested.startsWith('data:') || requested.startsWith('blob:')) return;
    if (new URL(requested).origin !== origin) foreignRequests.push(requested);
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitForInteractive(page);
  return { page, errors, foreignRequests, close: () => context.close() };
}

/** Waits until the page is hydrated and answers input (App marks <html data-interactive>). */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/** Serious and critical axe-core violations, one line each, so a failing assertion says what is wrong. */
export async function findSeriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Saves a full-page screenshot under tests/output/screenshots/ for people to look at. */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(screenshotDirectory, { recursive: true });
  const path = `${screenshotDirectory}${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** True when the page can be scrolled sideways: content wider than the viewport. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
