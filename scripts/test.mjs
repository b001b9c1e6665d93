/**
 * `npm test`: every check, each phase failing the run, with each phase's time
 * printed at the end (the README says where the time goes).
 *
 * 1. the static checks (`scripts/static.mjs`, two at a time);
 * 2. the unit and component tests, with coverage;
 * 3. the production build;
 * 4. the browser tests on that build: Chromium (Playwright) and, beside it,
 *    Firefox then WebKit (`tests/engines/`). The browsers spend much of their
 *    time waiting on each other (a page, a frame, a driver's poll), so the two
 *    suites share the cores better than they take them in turn. The engines'
 *    lines are printed as they come, each marked `[engines]`.
 *
 * A phase that fails stops the run after it (both browser suites finish).
 */
import { spawn } from 'node:child_process';

/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const times = [];

/**
 * Runs a command, its output to this one's (each line marked with `mark`, if given).
 * @param {string} command
 * @param {string[]} args
 * @param {string} [mark]
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<boolean>}
 */
function run(command, args, mark, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', mark ? 'pipe' : 'inherit', mark ? 'pipe' : 'inherit'],
    });
    if (mark) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(`${mark} ${line}\n`);
        });
        stream?.on('end', () => rest && process.stdout.write(`${mark} ${rest}\n`));
      }
    }
    child.on('close', (code) => resolve(code === 0));
  });
}

/**
 * @param {string} name
 * @param {() => Promise<boolean>} phase
 */
async function timed(name, phase) {
  const started = performance.now();
  const ok = await phase();
  times.push({ name, seconds: (performance.now() - started) / 1000, ok });
  return ok;
}

/** The engines serve the build on a port of their own, beside Playwright's (`E2E_PORT`, 4173). */
const enginesEnv = { ...process.env, E2E_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1) };

const npx = (/** @type {string[]} */ ...args) => run('npx', ['--no-install', ...args]);

const ok =
  (await timed('static checks', () => run('node', ['scripts/static.mjs']))) &&
  (await timed('unit and component tests', () => npx('vitest', 'run', '--coverage'))) &&
  (await timed('production build', () => npx('vite', 'build'))) &&
  (await timed('browsers: Chromium, and Firefox and WebKit beside it', async () => {
    const [chromium, engines] = await Promise.all([
      timed('  Chromium (Playwright)', () => npx('playwright', 'test')),
      timed(
        '  Firefox and WebKit',
        async () =>
          (await run('node', ['scripts/engines.mjs'], '[engines]', enginesEnv)) &&
          run(
            'npx',
            ['--no-install', 'vitest', 'run', '-c', 'vitest.engines.config.ts'],
            '[engines]',
            enginesEnv,
          ),
      ),
    ]);
    return chromium && engines;
  }));

const top = times.filter((t) => !t.name.startsWith(' '));
const total = top.reduce((sum, t) => sum + t.seconds, 0);
console.log('\nnpm test, phase by phase:');
for (const { name, seconds, ok: passed } of [...top, ...times.filter((t) => !top.includes(t))])
  console.log(`${passed ? '✓' : '✗'} ${name}: ${seconds.toFixed(0)} s`);
console.log(`total: ${total.toFixed(0)} s (${(total / 60).toFixed(1)} min)`);
process.exit(ok ? 0 : 1);
