/** A cell that reads as a figure: `12.3`, `1.20x`, `1.16-1.50x`, `28.3 KB`, `NaN`. */
const FIGURE = /^(NaN|[\d.,]+(-[\d.]+)?( ?(x|ms|B|KB))?)$/;

/**
 * The one table style of the bench's report: a title, a header row, a rule of
 * dashes, the rows (columns two spaces apart: a column of figures
 * right-aligned, any other left-aligned), then any notes in parentheses.
 * @param {string} title
 * @param {string[][]} rows the header row first
 * @param {string[]} [notes]
 */
export function printTable(title, rows, notes = []) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const right = widths.map((_, i) =>
    rows.slice(1).every((r) => (r[i] ?? '') === '' || FIGURE.test(r[i] ?? '')),
  );
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const note of notes) console.log(`(${note})`);
}
