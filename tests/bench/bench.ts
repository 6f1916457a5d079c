import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/harness/browser';
import { buildSite, distDirectory } from '../e2e/harness/buildSite';
import { findChromium } from '../e2e/harness/findChromium';
import { serveDirectory } from '../e2e/harness/serveDirectory';
import { BENCH_PAGES } from './benchPages';
import { measureInteractions } from './measureInteractions';
import { measureLoad, measureScriptBytes } from './measurePage';
import { median } from './median';

/*
 * `npm run bench`: builds the production site, serves it on 127.0.0.1 and measures each page in
 * Chromium: the gzipped JavaScript it loads, and the median time from navigation to its views
 * being drawn (and to first contentful paint) over LOADS cold loads, at CPU 1x and 4x slower;
 * then the table's sort and filter re-render times with the real 15 unions and 10,000 synthetic ones.
 */
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const SLOWDOWNS = [1, 4];
const UNION_COUNTS = [15, 10_000];
const outputFile = fileURLToPath(new URL('../output/bench.json', import.meta.url));

const chromiumPath = findChromium();
await buildSite();
const server = await serveDirectory(distDirectory);
const browser = await launchChromium(chromiumPath);
const rows: Record<string, string | number>[] = [];
const interactions: Record<string, string | number>[] = [];
try {
  for (const { path, views } of BENCH_PAGES) {
    const url = `${server.origin}${path}`;
    const row: Record<string, string | number> = { page: path, 'JS gzip (KB)': round((await measureScriptBytes(browser, url)) / 1024, 1) };
    for (const slowdown of SLOWDOWNS) {
      const loads = [];
      for (let i = 0; i < LOADS; i += 1) loads.push(await measureLoad(browser, url, views, slowdown));
      row[`FCP ${slowdown}x (ms)`] = round(median(loads.map((l) => l.firstContentfulPaint)));
      row[`views drawn ${slowdown}x (ms)`] = round(median(loads.map((l) => l.viewsDrawn)));
      row[`interactive ${slowdown}x (ms)`] = round(median(loads.map((l) => l.interactive)));
    }
    rows.push(row);
  }
  for (const unionCount of UNION_COUNTS) {
    const row: Record<string, string | number> = { unions: unionCount };
    for (const slowdown of SLOWDOWNS) {
      const times = await measureInteractions(browser, server.origin, unionCount, slowdown, LOADS);
      row[`sort ${slowdown}x (ms)`] = round(median(times.sort), 1);
      row[`filter keystroke ${slowdown}x (ms)`] = round(median(times.filter), 1);
    }
    interactions.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nMedians of ${LOADS} cold loads in ${chromiumPath}, production build:`);
console.table(rows);
console.log(`\nTable re-render (event to DOM and layout updated), median of ${LOADS} sorts and ${LOADS} keystrokes:`);
console.table(interactions);
mkdirSync(fileURLToPath(new URL('../output/', import.meta.url)), { recursive: true });
writeFileSync(outputFile, JSON.stringify({ loads: LOADS, rows, interactions }, null, 2));
console.log(`Written to ${outputFile}`);

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
