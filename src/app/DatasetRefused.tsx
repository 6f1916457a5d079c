import type { DatasetError } from '@/dataset/datasetError';

/** Shown instead of the views when the embedded dataset itself fails validation (a build mistake). */
export function DatasetRefused({ errors }: { errors: readonly DatasetError[] }) {
  return (
    <main className="page" role="alert">
      <h1>The dataset could not be read</h1>
      <p>Nothing is shown rather than something wrong. Each problem names the field in the JSON file:</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            <code>{error.path}</code> {error.message}
          </li>
        ))}
      </ul>
    </main>
  );
}
