import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { takeEarlyInput } from '@/app/replayEarlyInput';
import { embeddedDataset } from '@/dataset/embeddedDataset';

/**
 * Starts the app in `root` with `page` (src/boot.ts chooses and loads it): hydrates what the
 * build drew when it is the page wanted, and otherwise draws afresh. Clicks and typing from
 * before (src/earlyInput.ts) are replayed once the page is hydrated.
 */
export function mount(root: HTMLElement, page: ReactNode, hydrate: boolean): void {
  // From here React listens to the page itself. What was done before is replayed once it is
  // hydrated; on a page drawn afresh the elements it was done on are gone.
  const earlyInput = takeEarlyInput();
  const tree = (
    <StrictMode>
      <App initial={embeddedDataset} earlyInput={hydrate ? earlyInput : []}>
        {page}
      </App>
    </StrictMode>
  );
  if (hydrate) {
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
}
