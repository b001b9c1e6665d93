/**
 * axe in the page, as `@axe-core/playwright` runs it in its legacy mode (one
 * `axe.run` over the document; the guide has no frames), but with axe's
 * 580 KB put into each document once: the accessibility specs check one view
 * at several widths and in both schemes, and putting axe in again before each
 * check took a quarter of the time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type WithAxe = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** The violations of the WCAG 2.2 AA and best-practice rules on the page as it stands. */
export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => typeof (window as WithAxe).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) =>
      (window as WithAxe)
        .axe!.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
        .then((results) => results.violations),
    AXE_TAGS,
  );
}
