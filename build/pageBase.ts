import { posix } from 'node:path';

/**
 * What a built page puts before its files' paths (assets/…). With base './' (the site works under
 * any path) that is relative to the page: `./` for index.html, `../` for embed/chart.html. Chunks
 * find each other from their own URL, so only the HTML needs this.
 */
export function pageBase(base: string, htmlPath: string): string {
  if (base !== './' && base !== '') return base;
  const up = posix.relative(posix.dirname(posix.join('/', htmlPath)), '/');
  return up === '' ? './' : `${up}/`;
}
