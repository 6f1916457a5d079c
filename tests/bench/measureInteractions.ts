import type { Browser, Page } from 'playwright-core';
import { makeDatasetJson } from '../fixtures/makeDataset';

/*
 * Re-render times of the table, measured inside the page: from the event to React's commit (seen
 * by a MutationObserver on the table view) with the browser's style and layout then forced.
 * Painting is left out: it does not depend on our code, and it would add the wait for a frame.
 */
const WATCH_TABLE = `
  // Each timed update starts from a painted page, as a reader's clicks do.
  window.__nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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

/** What WATCH_TABLE adds to the page (types only: the functions run in the page). */
interface BenchWindow {
  __nextFrame: () => Promise<void>;
  __nextTableUpdate: () => Promise<number>;
}

async function timeSortClick(page: Page, header: string): Promise<number> {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
      (b.textContent ?? '').startsWith(label),
    );
    if (button === undefined) throw new Error(`no sort button ${label}`);
    await (window as unknown as BenchWindow).__nextFrame();
    const updated = (window as unknown as BenchWindow).__nextTableUpdate();
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
    await (window as unknown as BenchWindow).__nextFrame();
    const updated = (window as unknown as BenchWindow).__nextTableUpdate();
    const started = performance.now();
    // The native setter, so React sees a real change, then the event a keystroke fires.
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return (await updated) - started;
  }, value);
}

/** The unions the table shows, in its order (each row's pin button is labelled with its abbreviation). */
function readRowOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-view="table"] tbody .pin-button')].map((button) => button.textContent ?? ''),
  );
}

/*
 * The browser's own part of a re-render, with no framework: the table's rows moved into the order
 * the app drew and the others hidden, as a hand-written sort or filter would, then style and
 * layout forced as above. No script updates the table faster: it is the floor for the times above.
 */
async function timeRowsByHand(page: Page, shown: readonly string[]): Promise<number> {
  return page.evaluate(async (names) => {
    await (window as unknown as BenchWindow).__nextFrame();
    const body = document.querySelector('[data-view="table"] tbody');
    if (body === null) throw new Error('no table body');
    const rows = new Map(
      [...body.querySelectorAll('tr')].map((row) => [row.querySelector('.pin-button')?.textContent ?? '', row]),
    );
    const started = performance.now();
    // Only rows out of place are moved, as a keyed framework would, and as few as that allows.
    let previous: Element | null = null;
    for (const name of names) {
      const row = rows.get(name);
      if (row === undefined) throw new Error(`no row for ${name}`);
      const here: Element | null = previous === null ? body.firstElementChild : previous.nextElementSibling;
      if (row !== here) body.insertBefore(row, here);
      previous = row;
    }
    const keep = new Set(names);
    for (const [name, row] of rows) row.hidden = !keep.has(name);
    document.body.getBoundingClientRect();
    return performance.now() - started;
  }, shown);
}

/** What a reader types, one keystroke at a time, then deletes again. */
const KEYSTROKES = ['w', 'wo', 'wor', 'work', 'worke', 'worker', 'workers', 'worker', 'work', 'wo', ''];

export interface InteractionTimes {
  sort: number[];
  filter: number[];
  /** The same sorts and keystrokes done to the drawn rows by hand (timeRowsByHand); empty when rows are virtualised. */
  sortByHand: number[];
  filterByHand: number[];
  /** The same sorts by hand on a bare copy of the table: its markup alone in a blank page, no stylesheet. */
  sortBareTable: number[];
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
  const times: InteractionTimes = { sort: [], filter: [], sortByHand: [], filterByHand: [], sortBareTable: [] };
  // Warm up once: the first sort builds the sorted row model's caches.
  await timeSortClick(page, 'Members');
  const sortedRows: string[][] = [];
  for (let i = 0; i < repeats; i += 1) {
    times.sort.push(await timeSortClick(page, i % 2 === 0 ? 'Members' : 'English name'));
    sortedRows.push(await readRowOrder(page));
  }
  const filteredRows: string[][] = [];
  for (let i = 0; i < repeats; i += 1) {
    times.filter.push(await timeFilterInput(page, KEYSTROKES[i % KEYSTROKES.length] ?? ''));
    filteredRows.push(await readRowOrder(page));
  }
  if (unionCount <= 15) {
    // The same orders and row sets by hand, last: from here on React's DOM is no longer its own.
    await timeFilterInput(page, '');
    for (const order of sortedRows) times.sortByHand.push(await timeRowsByHand(page, order));
    for (const shown of filteredRows) times.filterByHand.push(await timeRowsByHand(page, shown));
    // What moving these rows costs with nothing of the page around them: no stylesheet, no other view.
    const tableHtml = await page.locator('[data-view="table"] table').evaluate((table) => table.outerHTML);
    const bare = await context.newPage();
    await bare.setContent(
      `<!doctype html><html lang="en"><body><div data-view="table">${tableHtml}</div></body></html>`,
    );
    await bare.evaluate(WATCH_TABLE);
    await (await context.newCDPSession(bare)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    for (const order of sortedRows) times.sortBareTable.push(await timeRowsByHand(bare, order));
  }
  await context.close();
  return times;
}
