/*
 * The embedded dataset, validated by parseDataset when the app is built (vite.config.ts,
 * validatedDataset): the build fails instead of shipping a dataset that does not match.
 */
declare module 'virtual:kokko-roren-dataset' {
  const dataset: import('./datasetSchema').Dataset;
  export default dataset;
}
