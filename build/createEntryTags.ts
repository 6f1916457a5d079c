import type { HtmlTagDescriptor, Rolldown } from 'vite';
import { collectStaticImports } from './collectStaticImports.ts';

const isChunk = (file: Rolldown.OutputChunk | Rolldown.OutputAsset | undefined): file is Rolldown.OutputChunk =>
  file?.type === 'chunk';

/**
 * The tags that load a built page's stylesheet and scripts, with URLs starting `prefix`. An embed
 * fills its frame, so a paint of a partly parsed embed would move what follows: it paints only
 * when whole, its script render-blocking in <head>. The explorer paints as it parses and its
 * script waits for that paint (src/boot.ts), so it comes after the views; its preloads stay in
 * <head>, where they delay nothing (docs/performance.md).
 */
export function createEntryTags(
  bundle: Rolldown.OutputBundle,
  entryId: string,
  { embed, prefix }: { embed: boolean; prefix: string },
): HtmlTagDescriptor[] {
  const entry = Object.values(bundle).find((file) => isChunk(file) && file.facadeModuleId === entryId);
  if (!isChunk(entry)) throw new Error(`prerender: no chunk for ${entryId}`);
  const imports = collectStaticImports(bundle, entry);
  const css = [entry, ...imports.map((file) => bundle[file])]
    .filter(isChunk)
    .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
  const link = (rel: string, file: string): HtmlTagDescriptor => ({
    tag: 'link',
    attrs: { rel, crossorigin: true, href: `${prefix}${file}` },
    injectTo: 'head',
  });
  const src = `${prefix}${entry.fileName}`;
  const script: HtmlTagDescriptor = embed
    ? { tag: 'script', attrs: { type: 'module', blocking: 'render', crossorigin: true, src }, injectTo: 'head' }
    : { tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'body' };
  const stylesheets = css.map((file) => link('stylesheet', file));
  const preloads = imports.map((file) => link('modulepreload', file));
  return embed ? [...stylesheets, script, ...preloads] : [...stylesheets, ...preloads, script];
}
