/** One reason a dataset was refused: where (a JSON path such as `foundingUnions[3].members`) and why. */
export interface DatasetError {
  path: string;
  message: string;
}

type PathKey = string | number;

/** Writes a path the way a reader of the JSON file would look for it: `a.b[2].c`. */
export function formatPath(keys: readonly PathKey[]): string {
  return (
    keys.reduce<string>(
      (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key),
      '',
    ) || '(root)'
  );
}
