import { expect } from 'vitest';

/**
 * Compares a drawn SVG with its checked-in file, tests/views/__snapshots__/NAME.svg, which opens in a
 * browser. Vitest's file snapshot: a missing file fails the run (vitest.config.ts sets `update: 'none'`);
 * `npx vitest run -u` writes it after a change meant to alter the picture.
 */
export async function expectSvgSnapshot(svg: Element, name: string): Promise<void> {
  // React's generated ids depend on what else is on the page, so they are written as "ID".
  const markup = `${svg.outerHTML.replaceAll(/_r_[0-9a-z]+_/g, 'ID').replaceAll('><', '>\n<')}\n`;
  await expect(markup, `SVG snapshot ${name}`).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
}
