/** How much of a membership breakdown is known: unknown (null) counts are left out, never read as 0. */
export interface MembershipSummary {
  /** Sum of the known counts. */
  knownTotal: number;
  /** How many items have a known count. */
  knownCount: number;
  /** How many items there are, known or not. */
  count: number;
}

export function summariseMembership<T>(items: readonly T[], getMembers: (item: T) => number | null): MembershipSummary {
  let knownTotal = 0;
  let knownCount = 0;
  for (const item of items) {
    const members = getMembers(item);
    if (members === null) continue;
    knownTotal += members;
    knownCount += 1;
  }
  return { knownTotal, knownCount, count: items.length };
}

/** A count's share of the known total, or null when the count (or any total) is unknown. */
export function getShare(members: number | null, knownTotal: number): number | null {
  return members === null || knownTotal === 0 ? null : members / knownTotal;
}
