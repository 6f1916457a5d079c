import './styles/index.css';
import { loadPage, retrying } from '@/app/loadPage';
import { parsePageParams, parsePrerenderedPage } from '@/app/urlState';

/*
 * The page's entry. The prerendered views are in the HTML, so the browser can paint them as soon
 * as it has parsed it; but evaluating React takes a few hundred milliseconds on a slow phone, and
 * it would run ahead of a paint that is still to come. So React and the page's code, both at once,
 * run only after the whole page is painted: readers see the views as soon as they would on a page
 * with no script at all, and hydration follows.
 */
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// An embed file (embed/chart.html) is its page; the root page is whatever its URL asks for.
const prerendered = parsePrerenderedPage(root.dataset.page);
const wanted = prerendered?.embed ? prerendered : parsePageParams(window.location.search);
// Hydrate what the build drew when it is the page wanted; otherwise draw afresh.
const hydrate = prerendered !== null && prerendered.view === wanted.view && prerendered.embed === wanted.embed;

// A module script runs once the parser has finished, before the last part it parsed (on the
// explorer, the chart's bars) is painted; React, evaluated first, could hold that paint back. So
// the imports start in the next frame's animation callback: the frame then lays out and paints the
// whole page while they download, and they can only run after it. A page with nothing prerendered
// (a build without prerendering) has nothing to wait for.
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
  text.textContent = prerendered === null
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
    const [{ mount }, page] = await Promise.all([importMain(), loadPage(wanted.view, wanted.embed)]);
    mount(root, page, hydrate);
  } catch (error) {
    console.error('Could not load the page:', error);
    showLoadFailure(() => void start());
  }
};

await start();
