// Small numeric helpers shared by the benchmarks.

/** The median, so one slow Lighthouse run (a build elsewhere on this 2-core machine) does not move the figure. */
export function median(values: number[]): number {
  if (!values.length) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 1 KB = 1024 bytes here, the unit Lighthouse itself reports transfer sizes in. */
export const KB = 1024;
export const kb = (bytes: number, digits = 1) => `${(bytes / KB).toFixed(digits)} KB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
