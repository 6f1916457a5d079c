import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { distDirectory } from './harness/buildSite';
import { openPage } from './harness/browser';
import { findTool } from './harness/findTool';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const PAGES = ['index.html', 'embed/table.html', 'embed/chart.html', 'embed/timeline.html'];
const outputDirectory = new URL('../output/html-checker/', import.meta.url).pathname;

/**
 * The W3C Nu HTML Checker (npm vnu-jar, run by Debian's Java) on `files`: every error, one line
 * each with its file and line, so a failing assertion says what is wrong.
 */
function checkHtml(files: readonly string[]): string[] {
  const java = findTool('java', 'default-jre-headless');
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const result = spawnSync(java, ['-jar', jar, '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined) throw result.error;
  const { messages } = JSON.parse(result.stderr) as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
  };
  return messages
    .filter((message) => message.type === 'error')
    .map((message) => `${message.url?.split('/').slice(-2).join('/')}:${message.lastLine}: ${message.message}`);
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any built HTML file', () => {
    expect(checkHtml(PAGES.map((file) => `${distDirectory}${file}`))).toEqual([]);
  });

  it('finds no error in any page once hydrated', async () => {
    mkdirSync(outputDirectory, { recursive: true });
    const files: string[] = [];
    for (const file of PAGES) {
      const { page, close } = await openPage(chromium(), `${baseUrl}/${file === 'index.html' ? '' : file}`);
      const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
      const saved = `${outputDirectory}${file.replaceAll('/', '-')}`;
      writeFileSync(saved, html);
      files.push(saved);
      await close();
    }
    expect(checkHtml(files)).toEqual([]);
  });
});
