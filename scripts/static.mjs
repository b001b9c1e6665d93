/**
 * The static checks of `npm test`, two at a time: each is one process on one
 * core, so on a two-core machine a pair takes about as long as the longer of
 * the two. Each check's output is printed whole when it ends, with its time;
 * the run fails if any check fails, after all have run.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * The longest first, so the last pair is not one long check on its own.
 * @type {[name: string, bin: string, args: string[]][]}
 */
const CHECKS = [
  ['ESLint', 'eslint', ['.', '--max-warnings=0']],
  ['svelte-check', 'svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  ['Prettier', 'prettier', ['--check', '.']],
  ['layers (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']],
  ['unused files and exports (knip)', 'knip', []],
  [
    'exports only tests use (knip --production)',
    'knip',
    ['--production', '--include', 'exports,types,files'],
  ],
  ['spelling (cspell, en-US)', 'cspell', ['--no-progress', 'src/content/**/*.ts', 'README.md']],
];

/**
 * @param {[name: string, bin: string, args: string[]]} check
 * @returns {Promise<boolean>}
 */
function run([name, bin, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(`\n${ok ? '✓' : '✗'} ${name} (${seconds} s)\n${ok ? '' : output}`);
      resolve(ok);
    });
  });
}

const lanes = Math.max(2, Math.min(availableParallelism(), 4));
const queue = [...CHECKS];
/** @type {boolean[]} */
const results = [];
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let check = queue.shift(); check; check = queue.shift()) results.push(await run(check));
  }),
);
const failed = results.filter((ok) => !ok).length;
console.log(`\nstatic checks: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
