/**
 * Builds the app (`vite build`) and serves `dist/` with `vite preview` on a
 * free port, for the scripts that measure the production build
 * (`npm run bench`, `npm run lighthouse`).
 */
import { createServer } from 'node:net';
import { build, preview } from 'vite';

/**
 * A TCP port that was free a moment ago.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Runs `vite build`, then `vite preview` on `port`: by default `$BENCH_PORT`
 * when it is set (so helpers sharing a machine can each keep to their own
 * ports), else a free port.
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function buildAndPreview({ port: wanted } = {}) {
  await build({ logLevel: 'warn' });
  const fromEnv = Number(process.env.BENCH_PORT);
  const port = wanted ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : await freePort());
  const server = await preview({
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
