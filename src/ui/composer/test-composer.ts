/**
 * Helpers for the composer's component tests: render it bound to a draft the
 * test can read (and "reload" from), and find its parts by role and by the
 * names in the content modules.
 */
import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { outcomeUi, templates } from '../../content';
import type { Answers, OptionId, TemplateId } from '../../flow/questions';
import { emptyDraft, isMessageDraft, type MessageDraft } from '../../message/draft';
import type { MessageFormat } from '../../flow/fields';
import {
  renderMessage,
  type FieldId,
  type Fields,
  type MessageFacts,
  type Slots,
} from '../../message/render';
import { composeMessage, fieldsUsed } from '../../message/compose';
import { afterPaint } from '../../platform/after-paint';
import Composer from './Composer.svelte';
import ComposerHarness from './test-ComposerHarness.svelte';

export const SHARE_URL = 'https://guide.example/?stage=applied&concerns=salary';

export function answersWith(...concerns: OptionId<'concerns'>[]): Answers {
  return { stage: 'applied', concerns };
}

export interface ComposerOptions {
  template?: TemplateId;
  answers?: Answers;
  draft?: MessageDraft;
  shareUrl?: string;
}

/** Renders the composer on its own, its draft bound to nothing. */
export function renderComposer({
  template = 'decline-first-interview',
  answers = answersWith('salary'),
  draft = emptyDraft,
  shareUrl = SHARE_URL,
}: ComposerOptions = {}) {
  return render(Composer, { props: { template, answers, draft, shareUrl } });
}

/**
 * Renders the composer bound to a parent's draft. `saved()` is the draft as
 * storage would give it back (through JSON and the guide's own check), for
 * rendering again as a reload would.
 */
export function renderBound({
  template = 'decline-first-interview',
  answers = answersWith('salary'),
  draft = emptyDraft,
  shareUrl = SHARE_URL,
}: ComposerOptions = {}) {
  const ondraft = vi.fn<(draft: MessageDraft) => void>();
  const result = render(ComposerHarness, {
    props: { template, answers, initial: draft, shareUrl, ondraft },
  });
  const latest = (): MessageDraft => {
    const last = ondraft.mock.lastCall?.[0];
    if (!last) throw new Error('The composer handed back no draft.');
    return last;
  };
  const saved = (): MessageDraft => {
    const stored: unknown = JSON.parse(JSON.stringify(latest()));
    expect(isMessageDraft(stored), 'the draft passes the guide’s storage check').toBe(true);
    return stored as MessageDraft;
  };
  return { ...result, ondraft, latest, saved };
}

/** The element that shows the message (the public `data-template` contract). */
export function message(): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>('[data-template]');
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

/** The email's subject line as the preview shows it. */
export function subjectText(): string {
  return within(message()).getByRole('definition').textContent ?? '';
}

/** The preview's first paragraph: the email's body, or the short message. */
export function bodyText(): string {
  return message().querySelector('p')?.textContent ?? '';
}

/** A blank's text box, by its label. */
export function field(id: FieldId): HTMLInputElement {
  return screen.getByRole('textbox', { name: outcomeUi.composer.fields[id].label });
}

/** The blanks' text boxes on show, by their `data-field` ids, in order. */
export function shownFields(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('input[type="text"][data-field]')].map(
    (input) => input.dataset.field ?? '',
  );
}

export function formatRadio(format: MessageFormat): HTMLInputElement {
  const group = screen.getByRole('group', { name: outcomeUi.composer.format.legend });
  return within(group).getByRole('radio', { name: outcomeUi.composer.format[format] });
}

export function button(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name });
}

/** The suggested message, as the composer works it out, for these answers and blanks. */
export function expected(
  template: TemplateId,
  fields: Fields,
  answers: Answers,
  draft: Partial<MessageDraft> = {},
) {
  return composeMessage(template, answers, { ...emptyDraft, ...draft, fields });
}

/** The message as the renderer gives it; the facts default to `answersWith`'s stage. */
export function renderedAs(
  template: TemplateId,
  fields: Fields,
  slots: Slots = {},
  facts: MessageFacts = { stage: 'applied' },
) {
  return renderMessage(templates[template], fields, outcomeUi.composer.placeholders, slots, facts);
}

/** Text for every blank, some of it awkward (an ampersand, a question mark, a percent sign, an accent). */
export const FILLED: Required<Fields> = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Smith & Sons? 100% + café',
  jobTitle: 'Data analyst',
  need: '$95,000',
  interviewDate: 'Thursday at 2pm',
  altTimes: 'Monday after 1pm',
  referral: 'Jo Lee',
};

/** The blanks shown: the ones the message uses (the default message, unless given). */
export function shown(
  template: TemplateId = 'decline-first-interview',
  answers: Answers = answersWith('salary'),
): readonly FieldId[] {
  return fieldsUsed(template, answers, emptyDraft);
}

/**
 * Waits for the page to show what was just typed into a blank: the preview,
 * the blanks left and the email link follow the typing a paint behind
 * (`Trailing`), as a person sees them.
 */
export async function painted(): Promise<void> {
  await afterPaint();
  await tick();
}

/** Types into every blank the default message shows, so nothing is left to warn about; the page shows it. */
export async function fillAll(user: UserEvent, fields: Required<Fields> = FILLED) {
  for (const id of shown()) await user.type(field(id), fields[id]);
  await painted();
}

/** FILLED, cut down to the blanks the default message shows. */
export function filledShown(): Fields {
  return Object.fromEntries(shown().map((id) => [id, FILLED[id]]));
}

/** Replaces the Clipboard API; `undefined` removes it. */
export function stubClipboard(
  clipboard: { writeText: (text: string) => Promise<void> } | undefined,
) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** A clipboard that records what is written (after `userEvent.setup()`, which puts in its own). */
export function recordingClipboard() {
  const writeText = vi.fn((_text: string) => Promise.resolve());
  stubClipboard({ writeText });
  return writeText;
}

/** Gives `navigator` a share sheet (`share`), or takes it away with `undefined`. */
export function stubShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
}

/** Removes what the stubs above put on `navigator`. */
export function restoreNavigator() {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
}

/** The live region's words. */
export function status(): string {
  return screen.getByRole('status').textContent ?? '';
}
