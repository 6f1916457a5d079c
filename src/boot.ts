import './styles/index.css';
import { loadPage, parsePageParams, parsePrerenderedPage, retrying } from '@/app/pages';

/*
 * The page's entry: it picks the page (src/app/pages.ts) and starts the app (src/main.tsx). The
 * prerendered views are painted from the HTML alone, so React and the page's code are fetched and
 * run only after that paint, never ahead of it (docs/performance.md).
 */
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// An embed file (embed/chart.html) is its page; the root page is whatever its URL asks for.
const prerendered = parsePrerenderedPage(root.dataset.page);
const wanted = prerendered?.embed ? prerendered : parsePageParams(window.location.search);
// Hydrate what the build drew when it is the page wanted; otherwise draw afresh.
const hydrate = prerendered !== null && prerendered.view === wanted.view && prerendered.embed === wanted.embed;

// A module script runs before the last part parsed (the explorer's chart) is painted, so the imports
// start in the next frame's callback: that frame paints the whole page while they download.
// A page with nothing prerendered (the dev server) has nothing to wait for.
if (prerendered !== null) {
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}
const importMain = retrying(() => import('./main'));

/*
 * Should the app's code not arrive (offline, or files gone after a new deploy), the page that was
 * drawn stays as it is, and a notice with a Retry button says what is missing. It is built here,
 * from the DOM: React may be what did not arrive.
 */
function showLoadFailure(retry: () => void): void {
  const notice = document.createElement('div');
  notice.className = 'load-error load-error--page';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent =
    prerendered === null
      ? 'Sorry, this page could not be loaded. Check the connection, then retry.'
      : 'Sorry, part of this page could not be loaded: what you see is all there, but sorting, filtering and the tools do not work yet. Check the connection, then retry.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Retry';
  button.addEventListener('click', () => {
    notice.remove();
    retry();
  });
  notice.append(text, button);
  document.body.append(notice);
}

const start = async (): Promise<void> => {
  try {
    const [{ mount }, page] = await Promise.all([importMain(), loadPage(wanted)]);
    mount(root, page, hydrate);
  } catch (error) {
    console.error('Could not load the page:', error);
    showLoadFailure(() => void start());
  }
};

await start();
