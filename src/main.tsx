import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { embeddedDataset } from '@/dataset/embeddedDataset';

/**
 * Starts the app in `root` with `page` (src/boot.ts chooses and loads it): hydrates what the
 * build drew when it is the page wanted, and otherwise draws afresh.
 */
export function mount(root: HTMLElement, page: ReactNode, hydrate: boolean): void {
  const tree = (
    <StrictMode>
      <App initial={embeddedDataset}>{page}</App>
    </StrictMode>
  );
  if (hydrate) {
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
}
