import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkGroups } from './build/chunkGroups.ts';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { earlyInputScript } from './build/earlyInputScript.ts';
import { javascriptBudget } from './build/javascriptBudget.ts';
import { linkPreviews } from './build/linkPreviews.ts';
import { prerender } from './build/prerender.ts';
import { projectPath } from './build/projectPath.ts';
import { validatedDataset } from './build/validatedDataset.ts';

/** The module each page's HTML loads; it picks the page (src/app/pages.ts) and starts the app. */
const entry = 'src/boot.ts';
/** The app, which the entry imports once the prerendered page is painted. */
const app = 'src/main.tsx';

// The build's plugins live in build/, one a file; the pages they build are listed in src/app/pages.ts.
export default defineConfig({
  // Relative URLs: the built site works from any folder of any host (/kokko-roren/), not only the root.
  base: './',
  // Like the static hosts it is built for: a path that is no page is a 404, never the explorer.
  // build/prerender.ts serves each page of src/app/pages.ts at its own path on the dev server.
  appType: 'mpa',
  // The dev server pre-bundles what every module imports at start, not only what index.html
  // reaches first, so a lazy view's first load never waits on (or fails during) a re-bundle.
  optimizeDeps: { entries: ['index.html', 'src/**/*.{ts,tsx}'] },
  resolve: { alias: { '@': projectPath('src') } },
  plugins: [
    react(),
    validatedDataset(),
    // src/charts/ is the drawing kit every view and the export panel share: one chunk, not many small ones.
    chunkGroups({ entry, app, coreFolders: ['src/charts'] }),
    contentSecurityPolicy(),
    // Before the early-input script, so that each page's stylesheet comes first in <head>.
    prerender({ entry }),
    // After the prerenderer, whose page titles and descriptions its tags repeat.
    linkPreviews(),
    earlyInputScript(),
    javascriptBudget({ entry, app }),
  ],
  build: {
    target: 'es2022',
    // Each lazy import preloads every chunk it will need (Vite's default); the HTML's own preloads
    // are written by build/prerender.ts.
    modulePreload: { polyfill: false },
    // Drawing the link-preview pictures takes Chromium several seconds after the bundle is
    // written (build/linkPreviews.ts), by design: no warning that a plugin took its time.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
