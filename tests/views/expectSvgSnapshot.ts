import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const SNAPSHOTS = join(process.cwd(), 'tests', 'views', '__snapshots__');

/**
 * Observable Plot's snapshot manner: the SVG is compared with a checked-in file; a difference
 * writes `<name>-changed.svg` beside it to open in a browser. A missing snapshot is written once,
 * and fails the run in CI, where nothing may be created silently.
 */
export function expectSvgSnapshot(svg: Element, name: string): void {
  const expectedUrl = join(SNAPSHOTS, `${name}.svg`);
  const changedUrl = join(SNAPSHOTS, `${name}-changed.svg`);
  // React's generated ids depend on what else is on the page, so they are written as "ID".
  const actual = `${svg.outerHTML.replaceAll(/_r_[0-9a-z]+_/g, 'ID').replaceAll('><', '>\n<')}\n`;
  if (!existsSync(expectedUrl)) {
    if (process.env.CI) throw new Error(`no snapshot ${name}.svg: run the tests locally and commit it`);
    writeFileSync(expectedUrl, actual);
    return;
  }
  const expected = readFileSync(expectedUrl, 'utf8');
  if (actual === expected) {
    if (existsSync(changedUrl)) unlinkSync(changedUrl);
    return;
  }
  writeFileSync(changedUrl, actual);
  expect(actual, `SVG snapshot ${name} changed: see ${name}-changed.svg`).toBe(expected);
}
