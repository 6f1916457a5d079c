import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { loadPage } from '@/app/loadPage';
import { parsePageParams } from '@/app/urlState';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const { view, embed } = parsePageParams(window.location.search);
document.documentElement.classList.toggle('is-embed', embed);
const page = await loadPage(view, embed);

createRoot(root).render(
  <StrictMode>
    <App initial={embeddedDataset}>{page}</App>
  </StrictMode>,
);
