/**
 * The bad-input catalogue: typed text: hostile, non-Latin, huge or full of markup.
 * Each case is named, with what the person sees; the shared helpers and the
 * page-error check are in `test-bad-inputs.ts`.
 */
import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { outcomeUi } from '../../content';
import { emptyDraft, FIELD_MAX_LENGTH, type MessageDraft } from '../../message/draft';
import { messageAsText } from '../../message/render';
import { SAVED_KEY } from '../../app/saved';
import { composeMessage } from '../../message/compose';
import { field, recordingClipboard } from '../composer/test-composer';
import { continueSaved, openApp, savedRecord as record, settle, shownView } from './test-app';
import {
  failOnPageErrors,
  INTERVIEW,
  DECLINE_APPLIED,
  expectNotices,
  savedRecord,
  typeInto,
  sendAnyway,
} from './test-bad-inputs';

failOnPageErrors();

describe('typed text', () => {
  const MARKUP = '<img src=x onerror=window.__pwned=1>';
  const texts: readonly [name: string, text: string][] = [
    ['markup with an event handler', MARKUP],
    ['a script element', '<script>window.__pwned=1</script>'],
    ['a javascript: URL', 'javascript:window.__pwned=1'],
    ['a slot name', '{company} {theirName}'],
    ['an emoji built from several code points', 'Ana 👩🏽‍💻 🇵🇹'],
    ['combining accents', 'Zoe\u0308 Bjo\u0308rk'],
    ['right-to-left text', 'שלום עליכם مرحبا'],
    ['a right-to-left override', 'abc\u202Edef'],
    ['zero-width characters', 'A\u200Bn\u200Da'],
    ['the characters that mean something in a URL', 'Smith & Sons? 100% #1 = a+b'],
  ];

  async function openOutcome() {
    const app = await openApp('/?stage=applied&concerns=salary&negotiable=no&employer-interest=no');
    expect(shownView()).toEqual(DECLINE_APPLIED);
    return app;
  }

  it.each(texts)(
    'shows %s as text, and keeps it whole in copy, download and mailto',
    async (_name, text) => {
      const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
      vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const { user } = await openOutcome();
      const writeText = recordingClipboard();

      await typeInto(user, 'yourName', text);
      await typeInto(user, 'company', text);

      const draft: MessageDraft = {
        fields: { yourName: text, company: text },
        reason: null,
        format: 'email',
        booked: false,
      };
      const expected = messageAsText(
        composeMessage(
          'decline-first-interview',
          { stage: 'applied', concerns: ['salary'] },
          draft,
        ),
        'email',
      );
      const shown = document.querySelector('[data-template]')!;
      expect(shown.textContent).toContain(text);
      expect(shown.querySelector('img, script, a')).toBeNull();
      expect(document.querySelector('img')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();

      // Other blanks are still empty: each action warns first, and goes ahead when asked again.
      await sendAnyway(user, outcomeUi.actions.copy, outcomeUi.sending.copyAnyway);
      expect(writeText).toHaveBeenCalledWith(expected);

      await sendAnyway(user, outcomeUi.actions.download, outcomeUi.sending.downloadAnyway);
      expect(await (createObjectURL.mock.calls[0]?.[0] as Blob).text()).toBe(expected);

      const mailto = screen.getByRole('link', { name: outcomeUi.actions.openEmail });
      const body = new URL(mailto.getAttribute('href')!).searchParams.get('body');
      expect(body?.replace(/\r\n/g, '\n')).toBe(expected.slice(expected.indexOf('\n\n') + 2));
      expect(savedRecord()?.draft.fields.yourName).toBe(text);
    },
  );

  it('keeps a lone surrogate as typed, and offers a mailto that does not break', async () => {
    const { user } = await openOutcome();
    const writeText = recordingClipboard();
    await typeInto(user, 'yourName', 'Ana \uD83D');
    await sendAnyway(user, outcomeUi.actions.copy, outcomeUi.sending.copyAnyway);
    expect(writeText.mock.calls[0]?.[0]).toContain('Ana \uD83D');
    const href = screen
      .getByRole('link', { name: outcomeUi.actions.openEmail })
      .getAttribute('href')!;
    expect(decodeURIComponent(href)).toContain('Ana \uFFFD');
  });

  it.each([
    ['exactly the maximum', 'a'.repeat(FIELD_MAX_LENGTH), false],
    ['one over the maximum', 'a'.repeat(FIELD_MAX_LENGTH + 1), true],
    ['the maximum in emoji built from several code points', '👩🏽‍💻'.repeat(FIELD_MAX_LENGTH), false],
    ['10,000 characters pasted', 'x'.repeat(10_000), true],
  ])('%s: says so at the limit, and cuts nothing', async (_name, text, tooLong) => {
    const { user } = await openOutcome();
    await typeInto(user, 'company', text);
    expect(field('company')).toHaveValue(text);
    if (tooLong) expect(field('company')).toHaveAttribute('aria-invalid', 'true');
    else expect(field('company')).not.toHaveAttribute('aria-invalid');
    const message = screen.queryByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH));
    expect(message !== null).toBe(tooLong);
    expect(savedRecord()?.draft.fields.company).toBe(text);
  });

  it('offers Copy instead of a mailto that mail apps would cut short', async () => {
    const { user } = await openOutcome();
    await typeInto(user, 'jobTitle', 'é'.repeat(400));
    expect(screen.queryByRole('link', { name: outcomeUi.actions.openEmail })).toBeNull();
    expect(screen.getByText(outcomeUi.actions.tooLongForEmailLink)).toBeVisible();
  });

  it('keeps whitespace alone as a blank still to fill', async () => {
    const { user } = await openOutcome();
    await typeInto(user, 'theirName', '   ');
    const blanks = document.querySelectorAll('[data-template] mark');
    expect([...blanks].map((b) => b.textContent)).toContain(
      `[${outcomeUi.composer.placeholders.theirName}]`,
    );
  });

  it.each([
    ['10,000 characters', 'x'.repeat(10_000)],
    ['markup', MARKUP],
    ['a script element', '<script>window.__pwned=1</script>'],
    ['right-to-left text', 'יום חמישי 14:00'],
  ])(
    'takes %s as the booked interview’s time: as text, in the draft, never in the URL',
    async (_name, text) => {
      const { user } = await openOutcome();
      const search = window.location.search;
      await user.click(screen.getByRole('checkbox', { name: outcomeUi.booking.label }));
      await typeInto(user, 'interviewDate', text);
      expect(field('interviewDate')).toHaveValue(text);
      expect(savedRecord()?.draft).toMatchObject({ booked: true, fields: { interviewDate: text } });
      expect(document.querySelector('img, [data-template] script')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
      const tooLong = text.length > FIELD_MAX_LENGTH;
      if (tooLong) expect(field('interviewDate')).toHaveAttribute('aria-invalid', 'true');
      await settle();
      expect(window.location.search).toBe(search);
      expect(decodeURIComponent(window.location.href)).not.toContain(text.slice(0, 20));
    },
  );

  it('restores edits tampered with markup as text, and asks before replacing them', async () => {
    const edits = {
      email: {
        subject: MARKUP,
        body: `<script>window.__pwned=1</script>${MARKUP}`,
        basis: '00000000',
      },
    };
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record({ stage: 'outreach', concerns: ['none'] }, { draft: { ...emptyDraft, edits } }),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    const shown = document.querySelector('[data-template]')!;
    expect(shown.querySelector('[data-subject]')?.textContent).toBe(MARKUP);
    expect(shown.querySelector('.body')?.textContent).toBe(edits.email.body);
    expect(document.querySelector('img, [data-template] script')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    // A basis no suggestion has: the person chooses between these edits and the suggestion.
    expect(screen.getByRole('region', { name: outcomeUi.editing.staleTitle })).toBeVisible();
  });

  it('opens a draft saved before booking and editing existed', async () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record(
          { stage: 'outreach', concerns: ['none'] },
          { draft: { fields: { yourName: 'Zoë' }, reason: null, format: 'call' } },
        ),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    expect(field('yourName')).toHaveValue('Zoë');
    expect(screen.getByRole('checkbox', { name: outcomeUi.booking.label })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: outcomeUi.editing.undo })).toBeNull();
    await expectNotices([]);
  });

  it('restores markup typed in an earlier visit as text', async () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        record(
          { stage: 'outreach', concerns: ['none'] },
          { draft: { fields: { yourName: MARKUP }, reason: null, format: 'email' } },
        ),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(INTERVIEW);
    expect(document.querySelector('[data-template]')?.textContent).toContain(MARKUP);
    expect(document.querySelector('img')).toBeNull();
  });
});
