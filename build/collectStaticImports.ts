import type { Rolldown } from 'vite';

/** The files `chunk` imports at once, directly or through others: what loads with it. */
export function collectStaticImports(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk): string[] {
  const seen = new Set<string>();
  const visit = (current: Rolldown.OutputChunk) => {
    for (const file of current.imports) {
      const imported = bundle[file];
      if (seen.has(file) || imported?.type !== 'chunk') continue;
      seen.add(file);
      visit(imported);
    }
  };
  visit(chunk);
  return [...seen];
}
