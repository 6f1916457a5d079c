/** The records named by `ids`, in that order; ids with no record are skipped (validation reports them). */
export function pickById<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item === undefined ? [] : [item];
  });
}
