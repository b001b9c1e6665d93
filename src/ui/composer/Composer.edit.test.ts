/**
 * Editing the finished text: in place, per format, kept with the draft across
 * a reload, undone back to the suggestion, and never replaced by a changed
 * suggestion without the person's say. Hostile text stays text.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeUi } from '../../content';
import type { Answers } from '../../flow/questions';
import { emptyDraft, type MessageDraft } from '../../message/draft';
import { messageAsText, type Fields } from '../../message/render';
import { commitHeldInput } from '../../platform/held-input';
import {
  answersWith,
  button,
  expected,
  field,
  formatRadio,
  message,
  painted,
  recordingClipboard,
  renderBound,
  restoreNavigator,
} from './test-composer';

const FILLED: Fields = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Acme',
  jobTitle: 'Data analyst',
};
const DRAFT: MessageDraft = { ...emptyDraft, fields: FILLED };
const TEMPLATE = 'decline-first-interview';
const ANSWERS = answersWith('salary', 'career-goals');
/** Where a change of answers leads instead: another message altogether. */
const OTHER_TEMPLATE = 'withdraw';
const OTHER_ANSWERS: Answers = { stage: 'interviewing', concerns: ['salary', 'career-goals'] };

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  restoreNavigator();
  vi.restoreAllMocks();
});

const textbox = (name: string) => screen.getByRole('textbox', { name });
const subjectBox = () => textbox(outcomeUi.editing.subjectLabel);
const bodyBox = () => textbox(outcomeUi.editing.bodyLabel);
const editToggle = () => button(outcomeUi.editing.edit);
const staleNotice = () => screen.queryByRole('region', { name: outcomeUi.editing.staleTitle });

/** Replaces a text box's whole value, as a paste over a selection would; the page shows it. */
async function replaceText(box: HTMLElement, text: string) {
  fireEvent.input(box, { target: { value: text } });
  await painted();
}

function shownSubject(): string {
  return message().querySelector('[data-subject]')?.textContent ?? '';
}

function shownBody(): string {
  return message().querySelector('.body')?.textContent ?? '';
}

function render(draft: MessageDraft = DRAFT, answers = ANSWERS) {
  return renderBound({ template: TEMPLATE, answers, draft });
}

describe('editing the text', () => {
  it('turns the preview into labelled boxes holding the suggested text, focused', async () => {
    render();
    const suggestion = expected(TEMPLATE, FILLED, ANSWERS);
    await user.click(editToggle());
    expect(subjectBox()).toHaveValue(suggestion.email.subject);
    expect(bodyBox()).toHaveValue(suggestion.email.body);
    expect(subjectBox()).toHaveFocus();
    expect(bodyBox()).toHaveAccessibleDescription(outcomeUi.editing.hint);

    await user.click(button(outcomeUi.editing.done));
    expect(screen.queryByRole('textbox', { name: outcomeUi.editing.bodyLabel })).toBeNull();
    expect(editToggle()).toHaveFocus();
  });

  it('sends the edited subject and body with Copy and the email link', async () => {
    const writeText = recordingClipboard();
    render();
    await user.click(editToggle());
    await replaceText(subjectBox(), 'Not going ahead');
    await replaceText(bodyBox(), 'Hi Sam,\n\nThanks, but no.\n\nAna');
    await user.click(button(outcomeUi.editing.done));

    expect(shownSubject()).toBe('Not going ahead');
    expect(shownBody()).toBe('Hi Sam,\n\nThanks, but no.\n\nAna');
    await user.click(button(outcomeUi.actions.copy));
    expect(writeText).toHaveBeenCalledWith(
      'Subject: Not going ahead\n\nHi Sam,\n\nThanks, but no.\n\nAna',
    );
    const href = screen
      .getByRole('link', { name: outcomeUi.actions.openEmail })
      .getAttribute('href');
    const params = new URL(href ?? '').searchParams;
    expect(params.get('subject')).toBe('Not going ahead');
    expect(params.get('body')?.replace(/\r\n/g, '\n')).toBe('Hi Sam,\n\nThanks, but no.\n\nAna');
  });

  it('puts a keystroke into the draft once the frame that shows it has passed', async () => {
    const { latest } = render();
    await user.click(editToggle());
    fireEvent.input(bodyBox(), { target: { value: 'Hi Sam, no.' } });
    expect(latest().edits).toBeUndefined();
    await painted();
    expect(latest().edits?.email?.body).toBe('Hi Sam, no.');
    expect(shownBody()).toBe('Hi Sam, no.');
  });

  it('hands a keystroke over at once to saving, before that frame', async () => {
    const { latest } = render();
    await user.click(editToggle());
    fireEvent.input(bodyBox(), { target: { value: 'Hi Sam, no.' } });
    commitHeldInput();
    flushSync(); // the harness hands the draft on from an effect; the guide holds it at once
    expect(latest().edits?.email?.body).toBe('Hi Sam, no.');
  });

  it('sends a keystroke made just before Copy, and keeps each box’s', async () => {
    const writeText = recordingClipboard();
    const { latest } = render();
    await user.click(editToggle());
    fireEvent.input(subjectBox(), { target: { value: 'No thanks' } });
    fireEvent.input(bodyBox(), { target: { value: 'Hi Sam, no.' } });
    fireEvent.click(button(outcomeUi.actions.copy));
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith('Subject: No thanks\n\nHi Sam, no.'),
    );
    expect(latest().edits?.email).toMatchObject({ subject: 'No thanks', body: 'Hi Sam, no.' });
  });

  it('keeps a keystroke made just before the editor closes', async () => {
    const { latest } = render();
    await user.click(editToggle());
    fireEvent.input(bodyBox(), { target: { value: 'Hi Sam, no.' } });
    fireEvent.click(button(outcomeUi.editing.done));
    expect(latest().edits?.email?.body).toBe('Hi Sam, no.');
  });

  it('keeps the edits with the draft across a reload', async () => {
    const first = render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'My own words.');
    const saved = first.saved();
    expect(saved.edits?.email?.body).toBe('My own words.');
    first.unmount();

    render(saved);
    expect(shownBody()).toBe('My own words.');
    expect(screen.getByText(outcomeUi.editing.editedNote)).toBeInTheDocument();
    expect(button(outcomeUi.editing.undo)).toBeInTheDocument();
    expect(staleNotice()).toBeNull();
  });

  it('keeps edits per format, through a switch there and back', async () => {
    const { latest } = render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'Edited email.');

    await user.click(formatRadio('call'));
    const points = textbox(outcomeUi.editing.callLabel);
    expect(points).toHaveValue(expected(TEMPLATE, FILLED, ANSWERS).call.text);
    await replaceText(points, '- Edited point');

    await user.click(formatRadio('message'));
    expect(textbox(outcomeUi.editing.messageLabel)).toHaveValue(
      expected(TEMPLATE, FILLED, ANSWERS).message.text,
    );

    await user.click(formatRadio('email'));
    expect(bodyBox()).toHaveValue('Edited email.');
    await user.click(formatRadio('call'));
    expect(textbox(outcomeUi.editing.callLabel)).toHaveValue('- Edited point');
    expect(latest().edits?.email?.body).toBe('Edited email.');
    expect(latest().edits?.call?.text).toBe('- Edited point');
    expect(latest().edits?.message).toBeUndefined();
  });

  it('undoes the edits of the format shown, back to the suggested text', async () => {
    const { latest } = render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'Edited email.');
    await user.click(formatRadio('call'));
    await replaceText(textbox(outcomeUi.editing.callLabel), '- Edited point');
    await user.click(formatRadio('email'));

    await user.click(button(outcomeUi.editing.undo));
    expect(bodyBox()).toHaveValue(expected(TEMPLATE, FILLED, ANSWERS).email.body);
    expect(screen.queryByRole('button', { name: outcomeUi.editing.undo })).toBeNull();
    expect(button(outcomeUi.editing.done)).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.editing.undone),
    );
    expect(latest().edits?.email).toBeUndefined();
    expect(latest().edits?.call?.text).toBe('- Edited point');
  });

  it('drops an edit typed back to the suggestion', async () => {
    const { latest } = render();
    await user.click(editToggle());
    const body = expected(TEMPLATE, FILLED, ANSWERS).email.body;
    await replaceText(bodyBox(), `${body}!`);
    expect(latest().edits?.email).toBeDefined();
    await replaceText(bodyBox(), body);
    expect(latest().edits).toBeUndefined();
  });

  it('finds a blank left in edited text, selected so typing replaces it', async () => {
    recordingClipboard();
    render({ ...DRAFT, fields: { ...FILLED, theirName: '' } });
    await user.click(editToggle());
    await replaceText(
      bodyBox(),
      `Hello ${'[' + outcomeUi.composer.placeholders.theirName + ']'}, no thanks.`,
    );
    await user.click(button(outcomeUi.editing.done));
    await user.click(button(outcomeUi.actions.copy));

    const alert = screen.getByRole('alert');
    const link = within(alert).getByRole('link', {
      name: outcomeUi.composer.fields.theirName.label,
    });
    await user.click(link);
    const box = bodyBox() as HTMLTextAreaElement;
    expect(box).toHaveFocus();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(
      `[${outcomeUi.composer.placeholders.theirName}]`,
    );
  });
});

describe('when the suggestion changes under the edits', () => {
  it('is a real change: the other message reads differently', () => {
    expect(expected(OTHER_TEMPLATE, FILLED, OTHER_ANSWERS).email.body).not.toBe(
      expected(TEMPLATE, FILLED, ANSWERS).email.body,
    );
  });

  async function editThenChangeAnswers() {
    const bound = render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'My own words.');
    await user.click(button(outcomeUi.editing.done));
    // The person went back and changed an answer, which led to another message.
    await bound.rerender({ template: OTHER_TEMPLATE, answers: OTHER_ANSWERS });
    return bound;
  }

  it('keeps the edits and asks, before anything replaces them', async () => {
    await editThenChangeAnswers();
    expect(shownBody()).toBe('My own words.');
    const notice = staleNotice();
    expect(notice).not.toBeNull();
    expect(
      within(notice!).getByRole('button', { name: outcomeUi.editing.keepEdits }),
    ).toBeVisible();
    expect(
      within(notice!).getByRole('button', { name: outcomeUi.editing.useSuggestion }),
    ).toBeVisible();
  });

  it('keeps the edits when told to, and stops asking', async () => {
    const { latest } = await editThenChangeAnswers();
    await user.click(button(outcomeUi.editing.keepEdits));
    expect(staleNotice()).toBeNull();
    expect(shownBody()).toBe('My own words.');
    expect(latest().edits?.email?.body).toBe('My own words.');
    expect(editToggle()).toHaveFocus();
  });

  it('puts the new suggestion in when told to', async () => {
    const { latest } = await editThenChangeAnswers();
    await user.click(button(outcomeUi.editing.useSuggestion));
    await painted();
    expect(staleNotice()).toBeNull();
    expect(shownBody()).toBe(expected(OTHER_TEMPLATE, FILLED, OTHER_ANSWERS).email.body);
    expect(latest().edits).toBeUndefined();
  });

  it('asks too when a blank changes after the edits', async () => {
    render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'My own words.');
    await user.type(field('company'), ' Inc');
    await painted();
    expect(staleNotice()).not.toBeNull();
    expect(bodyBox()).toHaveValue('My own words.');
  });

  it('asks after a reload too: what the edits started from is saved with them', async () => {
    const first = render();
    await user.click(editToggle());
    await replaceText(bodyBox(), 'My own words.');
    const saved = first.saved();
    first.unmount();
    renderBound({ template: OTHER_TEMPLATE, answers: OTHER_ANSWERS, draft: saved });
    expect(staleNotice()).not.toBeNull();
    expect(shownBody()).toBe('My own words.');
  });
});

describe('hostile edited text', () => {
  it.each([
    ['markup with an event handler', '<img src=x onerror=window.__pwned=1>'],
    ['a script element', '<script>window.__pwned=1</script>'],
    ['right-to-left text and an override', 'שלום \u202Eabc مرحبا'],
    ['10,000 characters with no space', 'x'.repeat(10_000)],
  ])('shows %s as text, and sends it whole', async (_name, text) => {
    const writeText = recordingClipboard();
    render();
    await user.click(editToggle());
    await replaceText(subjectBox(), text);
    await replaceText(bodyBox(), text);
    await user.click(button(outcomeUi.editing.done));

    expect(shownBody()).toBe(text);
    expect(shownSubject()).toBe(text);
    expect(message().querySelector('img, script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    await user.click(button(outcomeUi.actions.copy));
    expect(writeText).toHaveBeenCalledWith(`Subject: ${text}\n\n${text}`);
  });

  it('restores hostile edits from storage as text', () => {
    const draft = {
      ...DRAFT,
      edits: { email: { subject: '<b>hi</b>', body: '<img src=x>', basis: '00000000' } },
    } as MessageDraft;
    render(draft);
    expect(shownBody()).toBe('<img src=x>');
    expect(document.querySelector('img, b')).toBeNull();
    expect(messageAsText(expected(TEMPLATE, FILLED, ANSWERS), 'email')).not.toContain('<img');
  });
});
