/*
 * The embedded dataset, validated by parseDataset when the app is built (build/validatedDataset.ts):
 * the build fails instead of shipping a dataset that does not match.
 */
declare module 'virtual:embedded-dataset' {
  import type { Dataset } from '@/dataset/datasetSchema';

  const dataset: Dataset;
  export default dataset;
}
