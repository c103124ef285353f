/** Splitting work into requests that stay under Excel on the web's 5 MB payload limit. */

/** What one request aims at: well under the 5 MB limit, since estimates are estimates. */
export const REQUEST_BUDGET_BYTES = 3_000_000;

/** Consecutive groups whose estimated size stays within the budget (one group in the usual case). */
export function chunksBySize<T>(items: readonly T[], size: (item: T) => number, budget = REQUEST_BUDGET_BYTES): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = size(item);
    if (current.length > 0 && bytes + b > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) out.push(current);
  return out;
}
