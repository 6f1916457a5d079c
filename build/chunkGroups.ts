import type { Plugin, Rolldown } from 'vite';
import { projectPath } from './projectPath.ts';

type ModuleInfoOf = (id: string) => Rolldown.ModuleInfo | null;

interface ChunkPlan {
  boot: Set<string>;
  core: Set<string>;
}

/** `from` and every module it imports statically, directly or through others. */
function collectStaticClosure(getModuleInfo: ModuleInfoOf, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** A module that more pages reach than the explorer and one view is code every page will need. */
const SHARED_BY = 3;

interface ChunkGroupsOptions {
  /** The module each page's HTML loads. */
  entry: string;
  /** The app the entry loads once the page is painted. */
  app: string;
  /** Folders whose modules go to the core chunk wherever a page imports them (the views' shared drawing kit). */
  coreFolders: readonly string[];
}

function createChunkPlan(getModuleInfo: ModuleInfoOf, { entry, app, coreFolders }: ChunkGroupsOptions): ChunkPlan {
  const boot = collectStaticClosure(getModuleInfo, entry);
  boot.delete(entry);
  // The pages and frames the entry's modules load lazily (src/app/pages.ts), each with what it imports.
  const lazy = new Set([...boot].flatMap((id) => getModuleInfo(id)?.dynamicallyImportedIds ?? []));
  const reach = new Map<string, number>();
  for (const page of lazy) {
    for (const id of collectStaticClosure(getModuleInfo, page)) reach.set(id, (reach.get(id) ?? 0) + 1);
  }
  const core = collectStaticClosure(getModuleInfo, app);
  const folders = coreFolders.map((folder) => `${projectPath(folder)}/`);
  for (const [id, count] of reach) {
    if (count >= SHARED_BY || folders.some((folder) => id.startsWith(folder))) core.add(id);
  }
  for (const id of boot) core.delete(id);
  return { boot, core };
}

/**
 * Chunks by the module graph rather than by file names: every page loads the entry, then, once it
 * has painted, the app and its page at once, rather than a waterfall of small shared chunks found
 * one import at a time. So there are two shared chunks: `boot`, what the entry imports (every
 * page's HTML preloads it), and `core`, the app with everything it imports, the code most pages
 * share and `coreFolders` (so no small chunk is left shared between a view and a lazy panel). The
 * rest splits per page, so an embed loads only its view's code. Vite's modulePreload
 * makes each lazy import fetch every chunk it needs at once: two round trips in all
 * (tests/e2e/scriptHops.e2e.ts).
 */
export function chunkGroups(options: ChunkGroupsOptions): Plugin {
  let plan: ChunkPlan | undefined;
  const planFor = (getModuleInfo: ModuleInfoOf) =>
    (plan ??= createChunkPlan(getModuleInfo, {
      ...options,
      entry: projectPath(options.entry),
      app: projectPath(options.app),
    }));
  const pick = (id: string, ctx: Rolldown.ChunkingContext, group: keyof ChunkPlan) =>
    planFor((next) => ctx.getModuleInfo(next))[group].has(id) ? group : null;
  return {
    name: 'kokko-roren:chunk-groups',
    apply: 'build',
    buildStart() {
      plan = undefined;
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { debugName: 'boot', name: (id, ctx) => pick(id, ctx, 'boot'), priority: 20 },
                { debugName: 'core', name: (id, ctx) => pick(id, ctx, 'core'), priority: 10 },
              ],
            },
          },
        },
      },
    }),
  };
}
