import rawDataset from '../../data/kokko-roren.json';
import { parseDataset } from './parseDataset';

/** The dataset shipped with the app, validated like any other: the build's tests hold it to the schema. */
export const embeddedDataset = parseDataset(rawDataset);
