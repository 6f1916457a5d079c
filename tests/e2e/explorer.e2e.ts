import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { findSeriousViolations, openPage, saveScreenshot, scrollsSideways, type Theme } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

describe('the explorer page in Chromium', () => {
  it('loads with no console error and no request outside its own origin', async () => {
    const { page, errors, foreignRequests, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  it('shows the three views with the federation’s names', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      "Japan Federation of National Public Service Employees' Unions",
    );
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '日本国家公務員労働組合連合会',
    );
    for (const name of ['The 15 founding unions', 'Membership in 1980', 'From 1975 to 2019']) {
      await expect(page.getByRole('region', { name }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('table', { name: /Founding unions/ }).count()).resolves.toBe(1);
    await close();
  });

  it('declares a strict Content-Security-Policy with no inline script and no remote origin', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
    await expect(page.locator('script:not([src])').count()).resolves.toBe(0);
    await close();
  });

  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    it(`has no serious or critical axe-core violation in the ${theme} theme`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}/`, { theme });
      await page.getByRole('table', { name: /Founding unions/ }).waitFor();
      await expect(findSeriousViolations(page)).resolves.toEqual([]);
      await saveScreenshot(page, `explorer-1280-${theme}`);
      await saveScreenshot(page, `explorer-1280-${theme}-first-screen`, false);
      await close();
    });

    it(`never scrolls sideways at 320 px in the ${theme} theme`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}/`, { theme, width: 320, height: 640 });
      await page.getByRole('table', { name: /Founding unions/ }).waitFor();
      await expect(scrollsSideways(page)).resolves.toBe(false);
      await expect(findSeriousViolations(page)).resolves.toEqual([]);
      await saveScreenshot(page, `explorer-320-${theme}`);
      await close();
    });
  }
});

const ENTITIES: Record<string, string> = { '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' };

describe('the built pages’ heads', () => {
  const files = ['', 'embed/table.html', 'embed/chart.html', 'embed/timeline.html'];
  const read = async (file: string) => (await fetch(`${baseUrl}/${file}`)).text();
  const titleOf = (html: string) => /<head>[\s\S]*?<title>([^<]*)<\/title>/.exec(html)?.[1];
  const descriptionOf = (html: string) => /name="description"\s+content="([^"]*)"/.exec(html)?.[1];

  it('give each page its own title and description, from the dataset', async () => {
    const pages = await Promise.all(files.map(read));
    expect(pages.map(titleOf)).toEqual([
      'Kokko Roren: founding unions, membership and history',
      'The 15 founding unions of Kokko Roren',
      'Membership in 1980: the 15 founding unions of Kokko Roren',
      'Timeline of Kokko Roren, 1975–2019: the 1989 fork and membership',
    ]);
    const descriptions = pages.map(descriptionOf);
    expect(new Set(descriptions).size).toBe(files.length);
    for (const description of descriptions) expect(description).toMatch(/sourced\.$/);
  });

  it('give each page a link preview: card tags from its own head, and its own 1200×630 picture', async () => {
    // Attribute text as a reader gets it: the build writes ' as &#39; in some attributes and not in others.
    const decode = (text: string | undefined) =>
      text?.replace(/&(#39|quot|lt|gt|amp);/g, (_, name: string) => ENTITIES[name] ?? '');
    const meta = (html: string, key: string) =>
      decode(new RegExp(`(?:property|name)="${key}"\\s+content="([^"]*)"`).exec(html)?.[1]);
    const digests = new Set<string>();
    for (const file of files) {
      const html = await read(file);
      expect(meta(html, 'og:title')).toBe(decode(titleOf(html)));
      expect(meta(html, 'og:description')).toBe(decode(descriptionOf(html)));
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt')).toBe(decode(descriptionOf(html)));
      // Built without SITE_URL: the picture's address is relative to the page, and og:url is left out.
      expect(meta(html, 'og:url')).toBeUndefined();
      const address = new URL(meta(html, 'og:image') ?? '', `${baseUrl}/${file}`);
      const response = await fetch(address);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      const picture = PNG.sync.read(bytes);
      expect([picture.width, picture.height]).toEqual([1200, 630]);
      // A drawn page, not a blank one: many colours (text, bars, lines, anti-aliasing).
      const colours = new Set<number>();
      for (let index = 0; index < picture.data.length; index += 4) colours.add(picture.data.readUInt32BE(index));
      expect(colours.size).toBeGreaterThan(100);
      digests.add(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(digests.size).toBe(files.length);
  });

  it('give an icon whose address has no raw space, and serve robots.txt', async () => {
    for (const html of await Promise.all(files.map(read))) {
      expect(/rel="icon"\s+href="([^"]*)"/.exec(html)?.[1]).not.toMatch(/\s/);
    }
    const robots = await fetch(`${baseUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    await expect(robots.text()).resolves.toContain('User-agent: *');
  });
});
