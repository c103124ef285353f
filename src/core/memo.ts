/** A bounded memo for pure functions of a string: tables repeat the same owners, products and times. */
export function memoize<T>(fn: (s: string) => T, max = 10_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      v = fn(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, v);
    }
    return v as T;
  };
}
