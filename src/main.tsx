import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { loadPage } from '@/app/loadPage';
import { parsePageParams, parsePrerenderedPage } from '@/app/urlState';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// An embed file (embed/chart.html) is its page; the root page is whatever its URL asks for.
const prerendered = parsePrerenderedPage(root.dataset.page);
const wanted = prerendered?.embed ? prerendered : parsePageParams(window.location.search);
const page = await loadPage(wanted.view, wanted.embed);
const tree = (
  <StrictMode>
    <App initial={embeddedDataset}>{page}</App>
  </StrictMode>
);

// Hydrate what the build drew when it is the page wanted; otherwise draw afresh.
if (prerendered !== null && prerendered.view === wanted.view && prerendered.embed === wanted.embed) {
  hydrateRoot(root, tree);
} else {
  root.replaceChildren();
  createRoot(root).render(tree);
}
