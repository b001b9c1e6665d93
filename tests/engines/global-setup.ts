/**
 * Runs once before the engine journeys: finds both engines (a missing one
 * fails the run here, with one line per missing program saying how to install
 * it), makes sure `dist/` holds a build of the current source, and serves it
 * with `vite preview` on `$E2E_PORT`, as the Playwright tests do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findEngines } from '../../scripts/engines.mjs';
import './context';

/** What the build is made from: newer than `dist/index.html` means `dist/` is stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * The environment of `npm run build`, not of the test run: Vitest sets
 * NODE_ENV=test (vite-plugin-pwa then emits a development service worker, and
 * the offline journeys fail) and VITEST (vite.config.ts then resolves the
 * `browser` condition, for jsdom). Neither may reach the build.
 */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' };
  for (const key of Object.keys(clean))
    if (key.startsWith('VITEST') || key === 'TEST') delete clean[key];
  return clean;
}

/** Builds unless `dist/` is newer than everything it is made from (`npm test` has just built it). */
function ensureBuild(): void {
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  const changed = Math.max(...SOURCES.map(newest));
  if (built >= changed) return;
  console.log(`test:engines: dist/ is ${built ? 'older than the source' : 'missing'}, building`);
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: buildEnv(process.env),
  });
  if (result.status !== 0) throw new Error('test:engines: `vite build` failed');
}

export default async function setup(project: TestProject) {
  let engines;
  try {
    engines = findEngines();
  } catch (error) {
    // One line per missing program, without a stack trace that says nothing more.
    const message = error instanceof Error ? error.message : String(error);
    const plain = new Error(message);
    plain.stack = message;
    throw plain;
  }
  ensureBuild();
  const port = Number(process.env.E2E_PORT ?? 4173);
  const server = await preview({
    logLevel: 'warn',
    preview: { port, strictPort: true, open: false },
  });
  project.provide('baseURL', `http://localhost:${port}/`);
  project.provide('engines', engines);
  return async () => {
    await server.close();
  };
}
