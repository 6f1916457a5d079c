import dataset from 'virtual:embedded-dataset';
import type { ParseResult } from './parseDataset';

/**
 * The dataset shipped with the app. It went through parseDataset at build time (build/validatedDataset.ts),
 * so readers do not download the validator to check it again.
 */
export const embeddedDataset: ParseResult = { ok: true, dataset };
