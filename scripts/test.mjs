/**
 * `npm test`: every check, each phase failing the run, with each phase's time
 * printed at the end (the README says where the time goes).
 *
 * 1. the static checks (`scripts/static.mjs`, two at a time);
 * 2. the unit and component tests, with coverage;
 * 3. the production build;
 * 4. the browser tests on that build: Chromium (Playwright), then Firefox
 *    and WebKit (`tests/engines/`), their lines marked `[engines]`. One after
 *    the other, not side by side: since Chromium runs as its headless shell,
 *    the engines take about a minute alone, and beside Chromium they took two
 *    and a half and it took a minute longer; and with both cores taken,
 *    Firefox's service worker now and then failed a request it intercepted.
 *
 * A phase that fails stops the run after it (both browser suites run, so
 * each reports).
 */
import { spawn } from 'node:child_process';

/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const times = [];

/**
 * The lines of each marked run that failed, kept to be printed again at the
 * end: CI shows only the end of the output, and the engines' report can sit
 * above the summary's lines and out of sight.
 * @type {Map<string, string[]>}
 */
const failedOutput = new Map();

/** How many lines of a failed run's report are printed again at the end. */
const REPRINT_LINES = 50;

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
    /** @type {string[]} */
    const seen = [];
    const say = (/** @type {string} */ line) => {
      process.stdout.write(`${mark} ${line}\n`);
      seen.push(line);
    };
    if (mark) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) say(line);
        });
        stream?.on('end', () => rest && say(rest));
      }
    }
    child.on('close', (code) => {
      if (mark && code !== 0) failedOutput.set(mark, [...(failedOutput.get(mark) ?? []), ...seen]);
      resolve(code === 0);
    });
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

/** The engines serve the build on a port of their own, next to Playwright's (`E2E_PORT`, 4173). */
const enginesEnv = { ...process.env, E2E_PORT: String(Number(process.env.E2E_PORT ?? 4173) + 1) };

const npx = (/** @type {string[]} */ ...args) => run('npx', ['--no-install', ...args]);

const ok =
  (await timed('static checks', () => run('node', ['scripts/static.mjs']))) &&
  (await timed('unit and component tests', () => npx('vitest', 'run', '--coverage'))) &&
  (await timed('production build', () => npx('vite', 'build'))) &&
  (await timed('browsers: Chromium, then Firefox and WebKit', async () => {
    const chromium = await timed('  Chromium (Playwright)', () => npx('playwright', 'test'));
    const engines = await timed(
      '  Firefox and WebKit',
      async () =>
        (await run('node', ['scripts/engines.mjs'], '[engines]', enginesEnv)) &&
        run(
          'npx',
          ['--no-install', 'vitest', 'run', '-c', 'vitest.engines.config.ts'],
          '[engines]',
          enginesEnv,
        ),
    );
    return chromium && engines;
  }));

/**
 * What a failed marked run said about its failures: Vitest's failure report
 * (from "Failed Tests" on), else the lines that name a failure, else its end.
 * @param {string[]} lines
 */
function failureReport(lines) {
  // eslint-disable-next-line no-control-regex -- the colors Vitest writes
  const plain = lines.map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''));
  const start = plain.findIndex((line) => /Failed Tests \d+/.test(line));
  if (start >= 0) return plain.slice(start, start + REPRINT_LINES);
  const named = plain.filter((line) => /[×✗]|FAIL|Error|failed|did not answer/.test(line));
  return (named.length > 0 ? named : plain).slice(-REPRINT_LINES);
}

for (const [mark, lines] of failedOutput) {
  console.log(`\n${mark} failed; its report again, by the summary:`);
  for (const line of failureReport(lines)) console.log(`${mark} ${line}`);
}

const top = times.filter((t) => !t.name.startsWith(' '));
const total = top.reduce((sum, t) => sum + t.seconds, 0);
console.log('\nnpm test, phase by phase:');
for (const { name, seconds, ok: passed } of [...top, ...times.filter((t) => !top.includes(t))])
  console.log(`${passed ? '✓' : '✗'} ${name}: ${seconds.toFixed(0)} s`);
console.log(`total: ${total.toFixed(0)} s (${(total / 60).toFixed(1)} min)`);
process.exit(ok ? 0 : 1);
