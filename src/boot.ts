import './styles.css';
import { loadPage } from '@/app/loadPage';
import { parsePageParams, parsePrerenderedPage } from '@/app/urlState';

/*
 * The page's entry. The prerendered views are in the HTML, so the browser can paint them as soon
 * as it has parsed it; but a module script that is ready by then runs before that first paint,
 * and evaluating React takes a few hundred milliseconds on a slow phone. So React and the page's
 * code are imported only once the first frame is out, both at once: readers see the views as
 * soon as they would on a page with no script at all, and hydration follows.
 */
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// An embed file (embed/chart.html) is its page; the root page is whatever its URL asks for.
const prerendered = parsePrerenderedPage(root.dataset.page);
const wanted = prerendered?.embed ? prerendered : parsePageParams(window.location.search);
// Hydrate what the build drew when it is the page wanted; otherwise draw afresh.
const hydrate = prerendered !== null && prerendered.view === wanted.view && prerendered.embed === wanted.embed;

// Usually the modules this entry imports arrive after the first paint, and it can start at once;
// a page with nothing prerendered (a build without prerendering) has nothing to wait for.
if (prerendered !== null && performance.getEntriesByName('first-contentful-paint').length === 0) {
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
const [{ mount }, page] = await Promise.all([import('./main'), loadPage(wanted.view, wanted.embed)]);
mount(root, page, hydrate);
