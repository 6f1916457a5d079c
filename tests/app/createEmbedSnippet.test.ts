import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmbedSnippet, HOST_SCRIPT } from '@/app/createEmbedSnippet';

const URL = 'https://example.org/kokko-roren/embed/chart.html?q=ministry&sort=members%3Adesc';
const README = readFileSync(new globalThis.URL('../../README.md', import.meta.url), 'utf8');

describe('createEmbedSnippet', () => {
  it('is a 16:9 frame by default (slides are 16:9), working with no script on the host', () => {
    const snippet = createEmbedSnippet(URL, 'Membership in 1980');
    expect(snippet).toBe(
      '<iframe src="https://example.org/kokko-roren/embed/chart.html?q=ministry&amp;sort=members%3Adesc" title="Membership in 1980" loading="lazy" style="width:100%;aspect-ratio:16 / 9;border:0" allow="fullscreen; clipboard-write"></iframe>',
    );
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('data-auto-height');
  });

  it('offers 4:3', () => {
    expect(createEmbedSnippet(URL, 'Membership in 1980', '4:3')).toContain('aspect-ratio:4 / 3;');
  });

  it('marks an auto-height frame for the host script and carries that script, keeping 16:9 where scripts are stripped', () => {
    const snippet = createEmbedSnippet(URL, 'Membership in 1980', 'auto');
    const [frame, ...script] = snippet.split('\n');
    expect(frame).toMatch(
      /^<iframe [^>]* data-auto-height style="width:100%;aspect-ratio:16 \/ 9;border:0"[^>]*><\/iframe>$/,
    );
    expect(script.join('\n')).toBe(HOST_SCRIPT);
  });

  it('escapes quotes and markup in the title', () => {
    expect(createEmbedSnippet(URL, 'A "quoted" <title>')).toContain('title="A &quot;quoted&quot; &lt;title>"');
  });

  it('uses the host script the README gives, word for word', () => {
    expect(README).toContain(HOST_SCRIPT);
  });
});
