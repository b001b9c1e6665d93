/**
 * The outcome page for a person in a hurry, measured in the built guide:
 * - on a 390 x 844 phone the message's first lines start within 1.5 screens
 *   of the top, for every template;
 * - from 1024 px the blanks and the live preview sit side by side, so typing
 *   can be seen as it lands;
 * - the answers are shown once (one "Your answers" list, one Change link each);
 * - nothing is wider than the window at 320 px, even with 10,000 characters
 *   of edited text;
 * - printed, the page shows the message and none of the controls.
 * Screenshots at 390 and 1280 px go to reports/screenshots/ for a human look.
 */
import type { Page } from '@playwright/test';
import { outcomeUi, questions, ui } from '../../src/content';
import { QUESTION_IDS } from '../../src/flow/questions';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { shot } from './shots';

/**
 * A link to each template the machine reaches today, longest answers first
 * among equals. (model.ts's TEMPLATE_JOURNEYS also lists the two reply
 * templates, which only the reply branch's machine reaches; once it is
 * merged, this table can give way to it.)
 */
const TEMPLATE_LINKS: Record<string, string> = {
  'accept-interview': '?stage=interviewing&concerns=none',
  negotiate: '?stage=interviewing&concerns=salary,work-setup&negotiable=yes&salary-gap=reasonable',
  'decline-outreach': '?stage=outreach&concerns=happy-current-job,other-offer&employer-interest=no',
  'decline-first-interview': '?stage=applied&concerns=salary&negotiable=no&employer-interest=no',
  withdraw: '?stage=interviewing&concerns=salary,culture,mission,reputation',
  'keep-door-open':
    '?stage=interviewing&concerns=career-goals,lateral-move,uninteresting&employer-interest=yes',
  'decline-brief': '?stage=outreach&concerns=not-legitimate,salary',
};
const PHONE = { width: 390, height: 844 };
const WITHDRAW = '?stage=interviewing&concerns=salary,culture';
/** The questions WITHDRAW answers. */
const ANSWERED: readonly string[] = ['stage', 'concerns'];

async function openOutcome(page: Page, link: string) {
  await page.goto(`/${link}`);
  await expect(page.locator('[data-outcome]')).toBeVisible();
  await expect(page.locator('[data-template]')).toBeVisible();
}

/** The top of the message's first line, from the top of the page. */
async function messageTop(page: Page): Promise<number> {
  return page.locator('[data-template]').evaluate((element) => {
    const first = element.querySelector('[data-subject], .body, li') ?? element;
    return first.getBoundingClientRect().top + window.scrollY;
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  for (const [template, link] of Object.entries(TEMPLATE_LINKS)) {
    test(`the ${template} message starts within 1.5 screens`, async ({ page }) => {
      await openOutcome(page, link);
      await expect(page.locator('[data-template]')).toHaveAttribute('data-template', template);
      const top = await messageTop(page);
      console.log(
        `${template}: the message starts ${Math.round(top)}px down (limit ${PHONE.height * 1.5})`,
      );
      expect(top, `the message's first line, ${top}px down`).toBeLessThan(PHONE.height * 1.5);
    });
  }

  test('a screenshot of an outcome, with the answers shown once', async ({ page }) => {
    await openOutcome(page, WITHDRAW);
    await shot(page, `outcome-layout-390`, { fullPage: true });
    // The first one and a half screens, as the person in a hurry sees them.
    await shot(page, 'outcome-layout-390-top', {
      fullPage: true,
      clip: { x: 0, y: 0, width: PHONE.width, height: PHONE.height * 1.5 },
    });
    await expect(page.getByRole('heading', { name: ui.yourAnswers.heading })).toHaveCount(1);
    for (const question of QUESTION_IDS) {
      const label = ui.nav.changeHidden(questions[question].summaryLabel);
      await expect(
        page.getByRole('link', { name: `${ui.nav.change} ${label}`, exact: true }),
      ).toHaveCount(ANSWERED.includes(question) ? 1 : 0);
    }
  });
});

test.describe('from 1024 px', () => {
  for (const width of [1024, 1280]) {
    test(`the blanks and the preview sit side by side at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openOutcome(page, WITHDRAW);
      const name = page.getByRole('textbox', {
        name: outcomeUi.composer.fields.yourName.label,
        exact: true,
      });
      const preview = page.locator('[data-template]');
      const fieldBox = (await name.boundingBox())!;
      const previewBox = (await preview.boundingBox())!;
      // Next to each other, not stacked: no horizontal overlap, and rows that overlap.
      const apart =
        fieldBox.x >= previewBox.x + previewBox.width ||
        previewBox.x >= fieldBox.x + fieldBox.width;
      expect(apart, 'the field and the preview are in different columns').toBe(true);
      expect(fieldBox.y).toBeLessThan(previewBox.y + previewBox.height);
      expect(previewBox.y).toBeLessThan(fieldBox.y + fieldBox.height + 400);
      // Typing lands in the preview, which is on screen while the field is.
      await name.fill('Ana Sousa');
      await expect(preview).toContainText('Ana Sousa');
      await expect(preview).toBeInViewport();
      // Wider than the page's text column allows, yet never wider than the window.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      if (width === 1280) {
        expect((await preview.boundingBox())!.width).toBeGreaterThanOrEqual(460);
        await shot(page, `outcome-layout-1280`, { fullPage: true });
      }
    });
  }

  test('they stack below 1024 px', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await openOutcome(page, WITHDRAW);
    const fieldBox = (await page
      .getByRole('textbox', { name: outcomeUi.composer.fields.yourName.label, exact: true })
      .boundingBox())!;
    const previewBox = (await page.locator('[data-template]').boundingBox())!;
    expect(fieldBox.y).toBeGreaterThan(previewBox.y + previewBox.height);
  });
});

test('at 320 px nothing is wider than the window, even with 10,000 characters edited in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openOutcome(page, WITHDRAW);
  await page.getByRole('button', { name: outcomeUi.editing.edit, exact: true }).click();
  await page
    .getByRole('textbox', { name: outcomeUi.editing.bodyLabel, exact: true })
    .fill(`<b>${'x'.repeat(10_000)}</b> שלום`);
  await page.getByRole('button', { name: outcomeUi.editing.done, exact: true }).click();
  await expect(page.locator('[data-template]')).toContainText('שלום');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(page.locator('[data-template] b')).toHaveCount(0);
});

test('printed, the page shows the message and none of the controls', async ({ page }) => {
  await openOutcome(page, WITHDRAW);
  await page
    .getByRole('textbox', { name: outcomeUi.composer.fields.yourName.label, exact: true })
    .fill('Ana Sousa');
  await page.getByRole('button', { name: outcomeUi.editing.edit, exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-template]')).toBeVisible();
  await expect(page.locator('[data-template]')).toContainText('Ana Sousa');
  for (const control of ['textbox', 'button', 'radio', 'checkbox'] as const) {
    const visible = await page
      .getByRole(control)
      .evaluateAll(
        (elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length,
      );
    expect(visible, `${control}es on paper`).toBe(0);
  }
});

test('the warning, the editor and the changed-suggestion notice pass axe, light and dark, 320 and 1280 px', async ({
  page,
}) => {
  await openOutcome(page, WITHDRAW);
  await page.getByRole('checkbox', { name: outcomeUi.booking.label }).check();
  await page.getByRole('button', { name: outcomeUi.actions.copy, exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await page.getByRole('button', { name: outcomeUi.editing.edit, exact: true }).click();
  await page
    .getByRole('textbox', { name: outcomeUi.editing.bodyLabel, exact: true })
    .fill('My own words.');
  await page
    .getByRole('textbox', { name: outcomeUi.composer.fields.company.label, exact: true })
    .fill('Acme');
  await expect(page.getByRole('region', { name: outcomeUi.editing.staleTitle })).toBeVisible();
  const failures: string[] = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page);
      failures.push(
        ...violations.map(
          (v) => `${width}px ${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
        ),
      );
    }
  }
  expect(failures).toEqual([]);
});
