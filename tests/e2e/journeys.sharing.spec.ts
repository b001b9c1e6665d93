/**
 * Journeys with what the outcome gives away, by keyboard alone (keyboard.ts,
 * steps in journey-steps.ts): a share link with a reply, on and off the
 * negotiate path; a share link copied and opened in a fresh browser, without
 * any names typed; and Copy, the email link and Download carrying the message
 * in the preview, as an email and as a call.
 *
 * Every test fails on page errors, console errors, other-origin requests and
 * CSP violations (fixtures.ts).
 */
import { linkNotices, outcomeUi, questions } from '../../src/content';
import { expect, test } from './fixtures';
import { activate, chooseRadio, expectView, tabTo } from './keyboard';
import { journeyTo } from './model';
import {
  FIELDS,
  expectBlanks,
  expectCopyMatchesPreview,
  expectDownload,
  fillBlanks,
  openLink,
  preview,
  previewAsText,
  readClipboard,
} from './journey-steps';

test.describe.configure({ mode: 'parallel' });

test('a share link with a reply opens its message; off the negotiate path the reply is dropped', async ({
  page,
}) => {
  const link = `${journeyTo('negotiate').link}&reply=not-enough`;
  const mirror = await openLink(page, link);
  expect(mirror.view).toMatchObject({ outcome: 'decline', template: 'decline-after-talks' });
  expect(new URL(page.url()).search).toBe(link);
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);

  const offPath = `${journeyTo('decline-first-interview').link}&reply=enough`;
  await page.goto(`/${offPath}`);
  await expectView(page, journeyTo('decline-first-interview').view, { focus: false });
  await expect(
    page.getByText(linkNotices.ignored([questions.reply.summaryLabel], 0), { exact: true }),
  ).toBeVisible();
  expect(new URL(page.url()).search).toBe(journeyTo('decline-first-interview').link);
});

test('a share link opens the same outcome in a fresh browser, without any names', async ({
  page,
  browser,
  baseURL,
  pageGuard,
}) => {
  const journey = journeyTo('keep-door-open');
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const mirror = await openLink(page, journey.link);
  expect(mirror.view).toEqual(journey.view);
  await fillBlanks(page);
  await activate(
    page,
    page.getByRole('button', { name: outcomeUi.actions.copyShareLink, exact: true }),
  );
  await expect(page.getByRole('status')).toHaveText(outcomeUi.actions.shareLinkCopied);
  const link = await readClipboard(page);
  expect(new URL(link).search).toBe(journey.link);
  for (const value of Object.values(FIELDS)) {
    expect(link).not.toContain(encodeURIComponent(value));
    expect(link).not.toContain(value);
  }

  const fresh = await browser.newContext();
  try {
    await pageGuard.watch(fresh);
    const other = await fresh.newPage();
    await other.goto(link);
    await expectView(other, journey.view, { focus: false });
    await expectBlanks(other, false);
    expect(await previewAsText(other)).not.toContain(FIELDS.theirName);
    await expect(other.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('Copy, the email link and Download carry the message in the preview, email and call', async ({
  page,
  baseURL,
}) => {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const journey = journeyTo('decline-first-interview');
  await openLink(page, journey.link);
  await fillBlanks(page);

  // Email: the clipboard, the mailto: link and the file all hold the preview's subject and body.
  const email = await preview(page);
  if (email.format !== 'email') throw new Error('the guide should open on the email format');
  expect(email.subject).toContain(FIELDS.jobTitle);
  expect(email.body).toContain(FIELDS.yourName);
  const copied = await expectCopyMatchesPreview(page);

  const mailto = page.getByRole('link', { name: outcomeUi.actions.openEmail, exact: true });
  await tabTo(page, mailto);
  const href = (await mailto.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
  const [, rawSubject = '', rawBody = ''] = /subject=([^&]*)&body=([^&]*)/.exec(href) ?? [];
  expect(decodeURIComponent(rawSubject)).toBe(email.subject);
  expect(decodeURIComponent(rawBody)).toBe(email.body.replace(/\n/g, '\r\n'));

  await expectDownload(page, copied);

  // The call: talking points, no subject, no email link.
  await chooseRadio(
    page,
    page.getByRole('group', { name: outcomeUi.composer.format.legend }),
    outcomeUi.composer.format.call,
  );
  const call = await preview(page);
  expect(call.format).toBe('call');
  await expect(mailto).toHaveCount(0);
  const points = await expectCopyMatchesPreview(page);
  expect(points).not.toContain(email.subject);
  expect(points).toContain(FIELDS.jobTitle);
  await expectDownload(page, points);
});
