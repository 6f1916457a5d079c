import type { Browser, Page } from 'playwright-core';
import { makeDatasetJson } from '../fixtures/makeDataset';

/*
 * Re-render times of the table, measured inside the page: from the event to React's commit (seen
 * by a MutationObserver on the table view) with the browser's style and layout then forced.
 * Painting is left out: it does not depend on our code, and it would add the wait for a frame.
 */
const WATCH_TABLE = `
  window.__nextTableUpdate = () => new Promise((resolve) => {
    const view = document.querySelector('[data-view="table"]');
    const observer = new MutationObserver(() => {
      observer.disconnect();
      document.body.getBoundingClientRect();
      resolve(performance.now());
    });
    observer.observe(view, { subtree: true, childList: true, characterData: true, attributes: true });
  });
`;

async function timeSortClick(page: Page, header: string): Promise<number> {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
      (b.textContent ?? '').startsWith(label),
    );
    if (button === undefined) throw new Error(`no sort button ${label}`);
    const updated = (window as unknown as { __nextTableUpdate: () => Promise<number> }).__nextTableUpdate();
    const started = performance.now();
    button.click();
    return (await updated) - started;
  }, header);
}

async function timeFilterInput(page: Page, value: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (input === null || setValue === undefined) throw new Error('no filter box');
    const updated = (window as unknown as { __nextTableUpdate: () => Promise<number> }).__nextTableUpdate();
    const started = performance.now();
    // The native setter, so React sees a real change, then the event a keystroke fires.
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await updated) - started;
  }, value);
}

/** What a reader types, one keystroke at a time, then deletes again. */
const KEYSTROKES = ['w', 'wo', 'wor', 'work', 'worke', 'worker', 'workers', 'worker', 'work', 'wo', ''];

export interface InteractionTimes {
  sort: number[];
  filter: number[];
}

/** Opens the explorer, loads `unionCount` synthetic unions (unless 15: the real ones), and times sorts and keystrokes. */
export async function measureInteractions(
  browser: Browser,
  origin: string,
  unionCount: number,
  cpuSlowdown: number,
  repeats: number,
): Promise<InteractionTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_TABLE);
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  // Hydrated, and the chart and timeline after it: the sorts time the page at rest.
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  if (unionCount !== 15) {
    const json = JSON.stringify(makeDatasetJson(unionCount));
    await page.setInputFiles('input[type="file"]', {
      name: `unions-${unionCount}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await page.getByText(`Loaded unions-${unionCount}.json`).waitFor({ timeout: 60_000 });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const times: InteractionTimes = { sort: [], filter: [] };
  // Warm up once: the first sort builds the sorted row model's caches.
  await timeSortClick(page, 'Members');
  for (let i = 0; i < repeats; i += 1) {
    times.sort.push(await timeSortClick(page, i % 2 === 0 ? 'Members' : 'English name'));
  }
  for (let i = 0; i < repeats; i += 1) {
    times.filter.push(await timeFilterInput(page, KEYSTROKES[i % KEYSTROKES.length] ?? ''));
  }
  await context.close();
  return times;
}
