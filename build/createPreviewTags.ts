import type { HtmlTagDescriptor } from 'vite';

/** The size of every link-preview picture: Open Graph's and Twitter's large card. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewPage {
  /** The page's file in the build: `embed/chart.html`. */
  file: string;
  /** Its <title> and description, as the HTML already holds them (escaped). */
  title: string;
  description: string;
}

/** Where a page's picture goes in the build: `og/embed-chart.png` for `embed/chart.html`. */
export const previewImageFile = (pageFile: string): string =>
  `og/${pageFile.replace(/\.html$/, '').replaceAll('/', '-')}.png`;

const property = (name: string, content: string): HtmlTagDescriptor => ({
  tag: 'meta',
  attrs: { property: name, content },
  injectTo: 'head',
});

/**
 * A page's Open Graph and Twitter card tags. Link previews want absolute addresses, which only
 * `siteUrl` (the address the site is served from) gives; without it the picture's address is
 * relative to the page (`prefix`, build/pageBase.ts), which browsers resolve and some link
 * previewers do not, and og:url is left out rather than guessed. `hasImage` false: no picture.
 */
export function createPreviewTags(
  page: PreviewPage,
  { siteUrl, prefix, hasImage }: { siteUrl: string | null; prefix: string; hasImage: boolean },
): HtmlTagDescriptor[] {
  const image = previewImageFile(page.file);
  const address = (path: string) => (siteUrl === null ? `${prefix}${path}` : new URL(path, siteUrl).href);
  const pageAddress = page.file === 'index.html' ? '' : page.file;
  return [
    property('og:type', 'website'),
    property('og:title', page.title),
    property('og:description', page.description),
    ...(siteUrl === null ? [] : [property('og:url', address(pageAddress))]),
    ...(hasImage
      ? [
          property('og:image', address(image)),
          property('og:image:type', 'image/png'),
          property('og:image:width', String(PREVIEW_SIZE.width)),
          property('og:image:height', String(PREVIEW_SIZE.height)),
          property('og:image:alt', page.description),
        ]
      : []),
    {
      tag: 'meta',
      attrs: { name: 'twitter:card', content: hasImage ? 'summary_large_image' : 'summary' },
      injectTo: 'head',
    },
  ];
}
