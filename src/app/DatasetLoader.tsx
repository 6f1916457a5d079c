import { useId, useState, type ChangeEvent } from 'react';
import type { DatasetError } from '@/dataset/datasetError';
import type { ParseResult } from '@/dataset/parseDataset';
import { useDataset } from '@/dataset/useDataset';
import { decodeText } from '@/derive/decodeText';
import { formatCountOf } from '@/derive/format';

type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'loaded'; fileName: string; unionCount: number }
  | { kind: 'refused'; fileName: string; errors: DatasetError[] }
  | { kind: 'failed'; message: string };

const MAX_ERRORS_SHOWN = 20;

/**
 * Lets a reader try another dataset of the same shape from a local JSON file. A file that fails
 * validation is refused with the path of each wrong field, and the current dataset stays.
 */
export function DatasetLoader() {
  const { replaceDataset } = useDataset();
  const [status, setStatus] = useState<LoadStatus>({ kind: 'idle' });
  const inputId = useId();

  async function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (file === undefined) return;
    setStatus(await loadFile(file, replaceDataset));
    input.value = '';
  }

  return (
    <div className="dataset-loader">
      <label htmlFor={inputId}>Load another dataset of the same shape (JSON file)</label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={onFileChange} />
      <div aria-live="polite">
        {status.kind === 'loaded' && (
          <p>
            Loaded {status.fileName}: {formatCountOf(status.unionCount, 'union')}.
          </p>
        )}
        {status.kind === 'failed' && (
          <p role="alert" className="load-error">
            {status.message}
          </p>
        )}
        {status.kind === 'refused' && (
          <div role="alert">
            <p>
              {status.fileName} was not loaded; the current dataset stays.{' '}
              {formatCountOf(status.errors.length, 'problem')}:
            </p>
            <ul>
              {status.errors.slice(0, MAX_ERRORS_SHOWN).map((error) => (
                <li key={`${error.path}:${error.message}`}>
                  <code>{error.path}</code> {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/** Reads, parses and validates `file`; never rejects: what went wrong is the status. */
async function loadFile(file: File, replaceDataset: (input: unknown) => Promise<ParseResult>): Promise<LoadStatus> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (error) {
    return {
      kind: 'failed',
      message: `${file.name} could not be read (${describeError(error)}); the current dataset stays.`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { kind: 'refused', fileName: file.name, errors: [{ path: '(file)', message: decoded.message }] };
  let result: ParseResult;
  try {
    result = await readDataset(decoded.text, replaceDataset);
  } catch (error) {
    // The validator is loaded on demand; offline, or after a new deploy, it may not come.
    return {
      kind: 'failed',
      message: `${file.name} could not be checked: the validator did not load (${describeError(error)}). The current dataset stays; check the connection and choose the file again.`,
    };
  }
  return result.ok
    ? { kind: 'loaded', fileName: file.name, unionCount: result.dataset.foundingUnions.length }
    : { kind: 'refused', fileName: file.name, errors: result.errors };
}

async function readDataset(
  text: string,
  replaceDataset: (input: unknown) => Promise<ParseResult>,
): Promise<ParseResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${describeError(error)}` }] };
  }
  return replaceDataset(parsed);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** FileReader rather than Blob.arrayBuffer(): it is in every browser this app supports, and in jsdom. */
function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new Uint8Array(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0)));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}
