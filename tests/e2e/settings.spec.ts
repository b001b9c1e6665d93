/**
 * The guide under the settings people use, beyond axe: printing from either
 * colour scheme, the WCAG 1.4.12 text spacing over every view (the decision
 * map's labels inside their boxes), 320 px reflow of every view, and the
 * question's hint kept clear of the h1 even where WebKit drops the h1's
 * margin inside a legend. Print screenshots go to reports/screenshots/.
 */
import type { Page } from '@playwright/test';
import { decisionMap, outcomeUi, questions } from '../../src/content';
import {
  EVERY_VIEW,
  TEXT_SPACING_CSS,
  WHITE,
  addStyles,
  contrast,
  flatten,
  openVisit,
  questionVisit,
  sidewaysOverflow,
} from './a11y-checks';
import { expect, test } from './fixtures';
import { shot } from './shots';
import { QUESTION_JOURNEYS } from './model';

test.describe.configure({ mode: 'parallel' });

/** Every element that paints text of its own, with its colour and what is behind it. */
async function textColours(page: Page) {
  return page.evaluate(() => {
    const found: { what: string; color: string; backgrounds: string[]; svg: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('title, desc, script, style, noscript, .visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const svg = el instanceof SVGElement;
      const backgrounds: string[] = [];
      if (svg) {
        // A node's words sit on its box, a step number on its badge.
        const text = el.closest('text')!;
        const shape = text.classList.contains('badge__number')
          ? text.previousElementSibling
          : text.closest('g')?.querySelector('rect');
        if (shape) backgrounds.push(getComputedStyle(shape).fill);
      } else {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg === 'transparent' || /rgba\(.*, 0\)$/.test(bg)) continue;
          backgrounds.push(bg);
          if (!bg.startsWith('rgba')) break;
        }
      }
      found.push({
        what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${node.textContent.trim().slice(0, 30)}"`,
        color: svg ? style.fill : style.color,
        backgrounds,
        svg,
      });
    }
    return found;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`print from a ${colorScheme}-scheme browser: every text 4.5:1 on paper`, async ({
    page,
  }) => {
    const failures: string[] = [];
    const check = async (where: string) => {
      await page.emulateMedia({ media: 'print', colorScheme });
      for (const t of await textColours(page)) {
        // Paper is white, and backgrounds may not print: check both ways. (An SVG's fills print.)
        const onPaper = t.svg && t.backgrounds.length > 0 ? Infinity : contrast(t.color, WHITE);
        const onBackground = contrast(t.color, flatten(t.backgrounds));
        const ratio = Math.min(onPaper, onBackground);
        if (ratio < 4.5) failures.push(`${where}: ${t.what} ${ratio.toFixed(2)}:1`);
      }
      await shot(page, `print-${where}-${colorScheme}`, { fullPage: true });
      await page.emulateMedia({ media: 'screen', colorScheme });
    };
    await openVisit(
      page,
      EVERY_VIEW.find((v) => v.name === 'question-negotiable')!,
    );
    await check('question');
    await openVisit(
      page,
      EVERY_VIEW.find((v) => v.name === 'outcome-withdraw')!,
    );
    await page.getByText(outcomeUi.outcome.howWeGotHere, { exact: true }).click();
    await expect(page.getByRole('img', { name: decisionMap.heading })).toBeVisible();
    await check('outcome-email');
    const formats = page.getByRole('group', { name: outcomeUi.composer.format.legend });
    await formats.getByRole('radio', { name: outcomeUi.composer.format.call, exact: true }).check();
    await check('outcome-call');
    expect(failures).toEqual([]);
  });
}

/** Boxes of the decision map whose words reach past them, and edge labels past their column. */
async function mapSpills(page: Page): Promise<string[]> {
  return page.getByRole('img', { name: decisionMap.heading }).evaluate((svg) => {
    const spills: string[] = [];
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5 &&
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5;
    for (const node of svg.querySelectorAll('[data-node]')) {
      const box = node.querySelector('rect')!.getBoundingClientRect();
      for (const text of node.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (!inside(r, box)) {
          spills.push(
            `${node.getAttribute('data-node')}: "${text.textContent}" ${Math.round(r.right - box.right)}px past the box`,
          );
        }
      }
    }
    for (const label of svg.querySelectorAll<SVGTextElement>('text[data-from]')) {
      const source = svg.querySelector(`[data-node="${label.dataset.from}"] rect`)!;
      const column = source.getBoundingClientRect();
      const r = label.getBoundingClientRect();
      if (r.right > column.right + 0.5 || r.left < column.left - 0.5) {
        spills.push(
          `edge from ${label.dataset.from}: "${label.textContent}" ${Math.round(r.right - column.right)}px past its column`,
        );
      }
    }
    return spills;
  });
}

test.describe('text spacing (WCAG 1.4.12)', () => {
  for (const width of [320, 1280]) {
    test(`the decision map's words stay in their boxes at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openVisit(
        page,
        EVERY_VIEW.find((v) => v.name === 'outcome-withdraw')!,
      );
      await page.getByText(outcomeUi.outcome.howWeGotHere, { exact: true }).click();
      const map = page.getByRole('img', { name: decisionMap.heading });
      await expect(map).toBeVisible();
      expect(await mapSpills(page), 'without extra spacing').toEqual([]);
      await addStyles(page, TEXT_SPACING_CSS);
      await expect.poll(() => mapSpills(page), { message: 'with the text spacing' }).toEqual([]);
      await shot(map, `text-spacing-map-${width}`);
    });
  }

  test('every view reflows at 320 px, and with the text spacing keeps its text whole', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const failures: string[] = [];
    for (const visit of EVERY_VIEW) {
      await openVisit(page, visit);
      // Reflow (WCAG 1.4.10) as the page comes, then again with the spacing, on the one visit.
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > 320) failures.push(`${visit.name}: ${width}px wide`);
      await addStyles(page, TEXT_SPACING_CSS);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) failures.push(`${visit.name}: ${overflow}px of sideways scrolling`);
      // Text cut off: an element that clips and has more than it shows.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => {
            if (el.closest('.visually-hidden, svg') || !el.textContent?.trim()) return false;
            const style = getComputedStyle(el);
            if (style.display === 'none') return false;
            const clips = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
            return (
              clips &&
              el.scrollWidth > el.clientWidth + 1 &&
              !(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      failures.push(...clipped.map((what) => `${visit.name}: ${what} clips its text`));
      if (visit.name === 'outcome-withdraw') {
        await shot(page, `text-spacing-outcome-320`, { fullPage: true });
      }
    }
    expect(failures).toEqual([]);
  });
});

test.describe('the question in its legend', () => {
  /** Where a question's hint overlaps its h1, for each question with a hint. */
  async function overlaps(page: Page, css?: string): Promise<string[]> {
    const found: string[] = [];
    for (const { question, journey } of QUESTION_JOURNEYS) {
      if (!('hint' in questions[question])) continue;
      await openVisit(page, questionVisit(question, journey));
      if (css) await addStyles(page, css);
      const [h1, hint] = await page.evaluate(
        (id) => [
          document.querySelector('legend h1')!.getBoundingClientRect().bottom,
          document.getElementById(id)!.getBoundingClientRect().top,
        ],
        `${question}-hint`,
      );
      if (h1! > hint!) found.push(`${question}: the hint overlaps the h1 by ${h1! - hint!}px`);
    }
    return found;
  }

  test('the hint starts below the h1', async ({ page }) => {
    expect(await overlaps(page)).toEqual([]);
  });

  test('the hint starts below the h1 where the h1 loses its bottom margin (as in WebKit)', async ({
    page,
  }) => {
    // What WebKit does to an h1 in a legend: its bottom margin is lost.
    expect(await overlaps(page, 'legend h1 { margin-bottom: 0 !important; }')).toEqual([]);
  });
});
