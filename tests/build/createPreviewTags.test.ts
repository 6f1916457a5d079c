import { describe, expect, it } from 'vitest';
import { createPreviewTags } from '../../build/createPreviewTags';

const page = {
  file: 'embed/chart.html',
  title: 'Membership in 1980',
  description: 'A bar chart, every figure sourced.',
};
const contentOf = (tags: ReturnType<typeof createPreviewTags>, key: string) =>
  tags.find((tag) => tag.attrs?.property === key || tag.attrs?.name === key)?.attrs?.content;

describe('createPreviewTags', () => {
  it('gives absolute addresses under the site’s own address', () => {
    const tags = createPreviewTags(page, {
      siteUrl: 'https://example.org/kokko-roren/',
      prefix: '../',
      hasImage: true,
    });
    expect(contentOf(tags, 'og:url')).toBe('https://example.org/kokko-roren/embed/chart.html');
    expect(contentOf(tags, 'og:image')).toBe('https://example.org/kokko-roren/og/embed-chart.png');
    expect(contentOf(tags, 'og:title')).toBe('Membership in 1980');
    expect(contentOf(tags, 'twitter:card')).toBe('summary_large_image');
  });

  it('gives the explorer the site’s address itself', () => {
    const explorer = { ...page, file: 'index.html' };
    const tags = createPreviewTags(explorer, { siteUrl: 'https://example.org/', prefix: './', hasImage: true });
    expect(contentOf(tags, 'og:url')).toBe('https://example.org/');
    expect(contentOf(tags, 'og:image')).toBe('https://example.org/og/index.png');
  });

  it('without the site’s address, points to the picture from the page and leaves og:url out', () => {
    const tags = createPreviewTags(page, { siteUrl: null, prefix: '../', hasImage: true });
    expect(contentOf(tags, 'og:image')).toBe('../og/embed-chart.png');
    expect(contentOf(tags, 'og:url')).toBeUndefined();
  });

  it('without a picture, asks for the small card and names no image', () => {
    const tags = createPreviewTags(page, { siteUrl: null, prefix: '../', hasImage: false });
    expect(contentOf(tags, 'og:image')).toBeUndefined();
    expect(contentOf(tags, 'twitter:card')).toBe('summary');
    expect(contentOf(tags, 'og:description')).toBe('A bar chart, every figure sourced.');
  });
});
