/**
 * The built pages (the guide's `dist/index.html`, and the pages beside it) must pass the Nu Html Checker (vnu-jar, Java 17).
 * `--errors-only`: without it vnu warns that our own assets break the CSP, a
 * false positive from resolving 'self' against a file: URL.
 * No browser needed, so this uses the plain Playwright `test`.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** vnu-jar exports a String object holding the jar's path. */
const VNU_JAR = String(require('vnu-jar'));
const PAGES = [
  'dist/index.html',
  'dist/privacy/index.html',
  'dist/accessibility/index.html',
  'dist/404.html',
];

test('the built pages pass the Nu Html Checker', () => {
  for (const page of PAGES) {
    expect(existsSync(page), `${page} is missing: run \`vite build\` first`).toBe(true);
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', ...PAGES], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) {
    throw new Error(
      `Could not run java (${run.error.message}): install Java 17+, e.g. \`apt-get install -y default-jre-headless\``,
    );
  }
  const output = `${run.stdout}${run.stderr}`.trim();
  if (run.status !== 0) console.log(output);
  expect(run.status, `vnu found errors:\n${output}`).toBe(0);
});
