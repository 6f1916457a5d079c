import * as v from 'valibot';
import { checkDatasetReferences } from './checkDatasetReferences';
import { datasetSchema, type Dataset } from './datasetSchema';
import { formatPath, type DatasetError } from './datasetError';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

/**
 * Validates anything (parsed JSON, usually) against the dataset schema and its cross-references.
 * Never throws: a bad dataset comes back as a list of errors, each naming its JSON path.
 */
export function parseDataset(input: unknown): ParseResult {
  // Valibot takes an array for an object with every field missing; one plain error says more.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const found = Array.isArray(input) ? 'an array' : input === null ? 'null' : `a ${typeof input}`;
    return { ok: false, errors: [{ path: '(root)', message: `must be a JSON object, not ${found}` }] };
  }
  const result = v.safeParse(datasetSchema, input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => ({
        path: formatPath(issue.path?.map((item) => (typeof item.key === 'number' ? item.key : String(item.key))) ?? []),
        message: describeIssue(issue),
      })),
    };
  }
  const errors = checkDatasetReferences(result.output);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: result.output };
}

/**
 * Valibot's own message names the expected type; a missing key reads better said plainly, and so
 * does a key the format does not have (a misspelt one would otherwise be dropped unseen).
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && issue.kind === 'schema') return 'is missing';
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of this format (misspelt?)';
  return issue.message;
}
