/** @typedef {{ n: number, median: number, worst: number, samples: number[] }} Summary */

/** @param {number} x */
const round = (x) => Math.round(x * 10) / 10;

/**
 * Median and worst of some timings (ms, rounded to 0.1).
 * @param {number[]} values
 * @returns {Summary}
 */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[mid] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return {
    n: values.length,
    median: round(median),
    worst: round(sorted.at(-1) ?? NaN),
    samples: values.map(round),
  };
}

/**
 * `a / b` as printed: `1.23x`.
 * @param {number} a
 * @param {number} b
 */
export const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

/**
 * Milliseconds as printed: `12.3`.
 * @param {number} x
 */
export const ms = (x) => x.toFixed(1);
