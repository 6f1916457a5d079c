import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';
import type * as Pages from '../src/app/pages';
import { collectStaticImports } from './collectStaticImports.ts';
import { importFromApp } from './importFromApp.ts';
import { projectPath } from './projectPath.ts';

interface BudgetOptions {
  /** The entry every page loads, and the app it starts: loaded by every page too. */
  entry: string;
  app: string;
}

/**
 * The build fails when a page's JavaScript is over its budget (src/app/pages.ts): the gzipped size
 * (level 9, as a static host would serve it) of what it loads on arrival, that is the classic
 * scripts (src/earlyInput.ts), the entry, the app and the page's modules, each with its static
 * imports. Lazy chunks (the virtualiser, the export panel) load only when asked for, so they do not
 * count. BUDGET_REPORT_ONLY=1 reports without failing, for looking into a build that is over.
 */
export function javascriptBudget({ entry, app }: BudgetOptions): Plugin {
  return {
    name: 'kokko-roren:javascript-budget',
    apply: 'build',
    async writeBundle(_, bundle) {
      const PAGES = await importFromApp('src/app/pages.ts', [], (app: typeof Pages) => app.PAGES);
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      // Scripts emitted as plain files are the pages' classic scripts.
      const classicScripts = Object.values(bundle).filter(
        (file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.js'),
      );
      const loadedWith = (module: string): string[] => {
        const chunk = chunks.find((candidate) => candidate.facadeModuleId === projectPath(module));
        if (chunk === undefined) throw new Error(`budget: no chunk for ${module}`);
        return [chunk.fileName, ...collectStaticImports(bundle, chunk)];
      };
      const gzippedSize = (fileName: string): number => {
        const file = bundle[fileName];
        const source = file?.type === 'chunk' ? file.code : (file?.source ?? '');
        return gzipSync(source, { level: 9 }).length;
      };
      for (const { file, budgetKb, modules } of Object.values(PAGES)) {
        const files = new Set([...classicScripts.map((script) => script.fileName)]);
        for (const module of [entry, app, ...modules]) for (const loaded of loadedWith(module)) files.add(loaded);
        const kb = [...files].reduce((sum, loaded) => sum + gzippedSize(loaded), 0) / 1024;
        const verdict = `${file}: ${kb.toFixed(1)} KB of gzipped JavaScript (budget ${budgetKb} KB)`;
        if (kb > budgetKb && process.env.BUDGET_REPORT_ONLY !== '1') throw new Error(`over budget: ${verdict}`);
        console.log(`budget ok: ${verdict}`);
      }
    },
  };
}
