/**
 * The first view's bytes, by file (`scripts/first-view-bytes.mjs`), as a
 * table in the bench's style.
 */
import { FIRST_ROUND_TRIP, GZIP_BUDGET, kb } from '../first-view-bytes.mjs';
import { printTable } from './table.mjs';

/** @typedef {import('../first-view-bytes.mjs').FirstViewBytes} FirstViewBytes */

/** @param {FirstViewBytes} bytes */
export function printBytes(bytes) {
  const { total, firstResponse } = bytes;
  printTable(
    'First view, bytes by file:',
    [
      ['file', 'kind', 'raw', 'gzip', 'brotli'],
      ...bytes.files.map((f) => [f.file, f.kind, String(f.raw), String(f.gzip), String(f.brotli)]),
      ['total (bytes)', '', String(total.raw), String(total.gzip), String(total.brotli)],
      ['total', '', kb(total.raw), kb(total.gzip), kb(total.brotli)],
      [
        `first response (${firstResponse.files.join(' + ')})`,
        '',
        String(firstResponse.raw),
        String(firstResponse.gzip),
        String(firstResponse.brotli),
      ],
    ],
    [
      `budget: ${kb(total.gzip)} of ${kb(GZIP_BUDGET)} gzip; first response ${firstResponse.gzip} B gzip of ${kb(FIRST_ROUND_TRIP)} (the first round trip)`,
      ...(bytes.missing.length
        ? [`MISSING (linked but not in dist/): ${bytes.missing.join(', ')}`]
        : []),
      ...(bytes.external.length ? [`EXTERNAL (not counted): ${bytes.external.join(', ')}`] : []),
    ],
  );
}

/** @param {FirstViewBytes} bytes */
export function bytesReport(bytes) {
  return {
    files: bytes.files,
    total: bytes.total,
    budgetGzip: GZIP_BUDGET,
    firstResponse: {
      ...bytes.firstResponse,
      label: '14 KB first round trip',
      limit: FIRST_ROUND_TRIP,
    },
  };
}
