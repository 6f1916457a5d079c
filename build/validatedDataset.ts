import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import type { Dataset } from '../src/dataset/datasetSchema';
import type * as ParseDataset from '../src/dataset/parseDataset';
import { importFromApp } from './importFromApp.ts';
import { projectPath } from './projectPath.ts';

const DATASET_MODULE = 'virtual:embedded-dataset';
const DATASET_FILE = 'data/kokko-roren.json';

/** The embedded dataset through the app's own parseDataset; a wrong field fails with its JSON path. */
async function loadValidatedDataset(): Promise<Dataset> {
  const raw: unknown = JSON.parse(await readFile(projectPath(DATASET_FILE), 'utf8'));
  const parse = (app: typeof ParseDataset) => app.parseDataset(raw);
  const result = await importFromApp('src/dataset/parseDataset.ts', [], parse);
  if (result.ok) return result.dataset;
  const lines = result.errors.map((error) => `  ${error.path} ${error.message}`).join('\n');
  throw new Error(`${DATASET_FILE} failed validation:\n${lines}`);
}

/**
 * `virtual:embedded-dataset`: the dataset, validated when the app is built, served or tested,
 * so pages load data known to be valid without shipping the validator to every reader (it loads
 * only when someone opens a file of their own).
 */
export function validatedDataset(): Plugin {
  return {
    name: 'kokko-roren:validated-dataset',
    resolveId: (id) => (id === DATASET_MODULE ? `\0${DATASET_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${DATASET_MODULE}`) return undefined;
      this.addWatchFile(projectPath(DATASET_FILE));
      return `export default ${JSON.stringify(await loadValidatedDataset())};`;
    },
  };
}
