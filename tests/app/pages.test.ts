import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getPrerenderedPageId,
  PAGES,
  parsePageParams,
  parsePrerenderedPage,
  PRERENDERED_PAGES,
  VIEW_NAMES,
} from '@/app/pages';
import { createViewUrl, DEFAULT_URL_STATE } from '@/app/urlState';

const projectFile = (path: string) => join(process.cwd(), path);

describe('the page registry', () => {
  it('lists every view, each with a file of its own', () => {
    expect(VIEW_NAMES).toEqual(['table', 'chart', 'timeline']);
    expect(new Set(Object.values(PAGES).map((page) => page.file)).size).toBe(Object.keys(PAGES).length);
    expect(PRERENDERED_PAGES.map((page) => page.file)).toEqual(Object.values(PAGES).map((page) => page.file));
  });

  it('names modules that exist, for the build to measure its budget', () => {
    for (const page of Object.values(PAGES)) {
      for (const module of page.modules) expect(existsSync(projectFile(module)), module).toBe(true);
    }
  });

  it('reads the page a URL asks for, and falls back to the explorer', () => {
    expect(parsePageParams('?view=chart&embed=1')).toEqual({ view: 'chart', embed: true });
    expect(parsePageParams('?view=timeline')).toEqual({ view: 'timeline', embed: false });
    expect(parsePageParams('?view=nope&embed=1')).toEqual({ view: null, embed: false });
    expect(parsePageParams('?embed=1')).toEqual({ view: null, embed: false });
  });

  it('reads back the data-page the prerenderer writes for each of its files', () => {
    for (const { request } of PRERENDERED_PAGES) {
      expect(parsePrerenderedPage(getPrerenderedPageId(request))).toEqual(request);
    }
    expect(parsePrerenderedPage(undefined)).toBeNull();
    expect(parsePrerenderedPage('chart')).toBeNull();
  });

  it("links to each view's embed file from any page of the site, under any folder", () => {
    const pages = ['', 'index.html', 'embed/table.html'].map((file) => `https://example.org/site/${file}`);
    for (const from of pages) {
      expect(createViewUrl(from, 'chart', DEFAULT_URL_STATE, true)).toBe('https://example.org/site/embed/chart.html');
      expect(createViewUrl(from, 'chart', DEFAULT_URL_STATE, false)).toBe('https://example.org/site/?view=chart');
    }
  });
});
