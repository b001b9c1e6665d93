/**
 * The builds the bench measures: this tree's, built and served
 * (`scripts/serve-build.mjs`, on `$BENCH_PORT` when set), and with
 * `BENCH_BASELINE=<dist dir>` another build's, served as it is.
 */
import path from 'node:path';
import { preview } from 'vite';
import { freePort } from '../serve-build.mjs';

export { buildAndPreview } from '../serve-build.mjs';

/**
 * Serves another build's `dist` with `vite preview`, on `$BENCH_PORT` + 1
 * when set, else a free port.
 * @param {string} outDir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(outDir) {
  const fromEnv = Number(process.env.BENCH_PORT);
  const port = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv + 1 : await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: path.resolve(outDir) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
