/**
 * The composer's blanks, notes, reason and negotiation topics, and how each
 * shows in the preview.
 */
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notes, outcomeUi, reasons } from '../../content';
import { SHAREABLE_CONCERNS } from '../../flow/questions';
import { emptyDraft, FIELD_MAX_LENGTH } from '../../message/draft';
import type { Fields } from '../../message/render';
import { commitHeldInput } from '../../platform/held-input';
import {
  answersWith,
  bodyText,
  field,
  FILLED,
  message,
  painted,
  renderBound,
  renderComposer,
  renderedAs,
  restoreNavigator,
  shown,
  subjectText,
} from './test-composer';

const HOSTILE = '<img src=x onerror=alert(1)>';

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  restoreNavigator();
  vi.restoreAllMocks();
});

describe('the fields', () => {
  it('labels each field, with a hint', () => {
    renderComposer();
    for (const id of shown()) {
      expect(field(id)).toHaveAccessibleDescription(outcomeUi.composer.fields[id].hint);
      expect(field(id)).toHaveValue('');
    }
  });

  it('asks for autofill only where it fits and spellchecks no names', () => {
    renderComposer();
    expect(field('yourName')).toHaveAttribute('autocomplete', 'name');
    expect(field('company')).toHaveAttribute('autocomplete', 'organization');
    expect(field('theirName')).toHaveAttribute('autocomplete', 'off');
    expect(field('jobTitle')).toHaveAttribute('autocomplete', 'off');
    expect(field('yourName')).toHaveAttribute('spellcheck', 'false');
    expect(field('theirName')).toHaveAttribute('spellcheck', 'false');
    for (const id of shown()) expect(field(id)).not.toHaveAttribute('maxlength');
  });

  it('updates the preview and the blanks count as each field is typed in', async () => {
    renderComposer();
    expect(screen.getByText(outcomeUi.composer.blanks(4))).toBeInTheDocument();
    const typed: Fields = {};
    // The referral is optional: filling it adds a sentence, never counts as a blank.
    for (const [i, id] of shown()
      .filter((id) => id !== 'referral')
      .entries()) {
      await user.type(field(id), FILLED[id]);
      await painted();
      typed[id] = FILLED[id];
      const rendered = renderedAs('decline-first-interview', typed);
      expect(subjectText()).toBe(rendered.email.subject);
      expect(bodyText()).toBe(rendered.email.body);
      expect(message()).toHaveTextContent(FILLED[id], { normalizeWhitespace: false });
      expect(screen.getByText(outcomeUi.composer.blanks(3 - i))).toBeInTheDocument();
    }
  });

  it('shows an unfilled blank as a marked placeholder and a filled one as plain text', async () => {
    const { container } = renderComposer();
    const placeholder = `[${outcomeUi.composer.placeholders.company}]`;
    const marks = () => [...container.querySelectorAll('mark.blank')].map((m) => m.textContent);
    expect(marks()).toContain(placeholder);

    await user.type(field('company'), 'Acme');
    await painted();
    expect(marks()).not.toContain(placeholder);
    expect(marks()).not.toContain('Acme');
    expect(bodyText()).toContain('Acme');
  });

  it('flags a field over the limit, keeps its text whole and keeps rendering it', async () => {
    renderComposer();
    const atLimit = 'a'.repeat(FIELD_MAX_LENGTH);
    await user.click(field('company'));
    await user.paste(atLimit);
    expect(field('company')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH))).toBeNull();

    await user.paste('bcdefEND');
    await painted();
    const whole = `${atLimit}bcdefEND`;
    expect(field('company')).toHaveValue(whole);
    expect(field('company')).toHaveAttribute('aria-invalid', 'true');
    expect(field('company')).toHaveAccessibleDescription(
      expect.stringContaining(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH)),
    );
    expect(screen.getByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH))).toBeInTheDocument();
    expect(bodyText()).toContain(whole);
    expect(field('jobTitle')).not.toHaveAttribute('aria-invalid');
  });

  it('shows hostile text as literal text and creates no element from it', async () => {
    const { container } = renderComposer();
    await user.click(field('theirName'));
    await user.paste(HOSTILE);
    await painted();
    expect(bodyText()).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('isolates right-to-left text typed into a field, in the field and in the preview', async () => {
    renderComposer();
    const name = 'مريم الحسن';
    await user.click(field('theirName'));
    await user.paste(name);
    await painted();

    expect(field('theirName')).toHaveAttribute('dir', 'auto');
    const isolated = [...message().querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toContain(name);
    expect(bodyText()).toContain(name);
  });
});

describe('a keystroke in a blank', () => {
  it('goes into the draft once the frame that shows it has passed', async () => {
    const { latest } = renderBound();
    fireEvent.input(field('yourName'), { target: { value: 'Ana' } });
    flushSync();
    expect(latest().fields.yourName).toBeUndefined();
    await painted();
    expect(latest().fields.yourName).toBe('Ana');
  });

  it('is handed over at once to saving, each blank’s, as autofill fills several in one go', () => {
    const { latest } = renderBound();
    fireEvent.input(field('yourName'), { target: { value: 'Ana' } });
    fireEvent.input(field('company'), { target: { value: 'Acme' } });
    commitHeldInput();
    flushSync(); // the harness hands the draft on from an effect; the guide holds it at once
    expect(latest().fields).toMatchObject({ yourName: 'Ana', company: 'Acme' });
  });
});

describe('the notes', () => {
  it('warns prominently about a doubtful approach, with no reason picker', () => {
    renderComposer({ template: 'decline-brief', answers: answersWith('not-legitimate', 'salary') });
    expect(screen.getByRole('heading', { name: notes.safety.title })).toBeInTheDocument();
    expect(screen.getByText(notes.safety.body)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
  });

  it('explains the keep-door-open message', () => {
    renderComposer({ template: 'keep-door-open', answers: answersWith('salary') });
    expect(screen.getByText(notes.keepDoorOpen)).toBeInTheDocument();
    expect(screen.queryByText(notes.safety.body)).toBeNull();
  });

  it('explains why private concerns are not offered', () => {
    renderComposer({ template: 'withdraw', answers: answersWith('culture', 'salary') });
    expect(screen.getByRole('heading', { name: notes.privateReasonsTitle })).toBeInTheDocument();
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it('shows no note where none applies', () => {
    renderComposer({ template: 'decline-outreach', answers: answersWith('salary') });
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
    expect(screen.queryByText(notes.keepDoorOpen)).toBeNull();
    expect(screen.queryByText(notes.safety.body)).toBeNull();
  });
});

describe('the reason', () => {
  const reasonGroup = () => screen.getByRole('group', { name: outcomeUi.composer.reason.label });

  it('offers no reason first, then only the shareable concerns chosen, in order', () => {
    renderComposer({
      template: 'decline-outreach',
      answers: answersWith('uninteresting', 'mission', 'salary', 'gut-feeling'),
    });
    const radios = within(reasonGroup()).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      notes.noReason,
      reasons.salary.label,
      reasons.uninteresting.label,
    ]);
    expect(within(reasonGroup()).getByRole('radio', { name: notes.noReason })).toBeChecked();
    expect(reasonGroup()).toHaveAccessibleDescription(outcomeUi.composer.reason.hint);
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it('lists every shareable concern when all are chosen', () => {
    renderComposer({ template: 'withdraw', answers: answersWith(...SHAREABLE_CONCERNS) });
    const names = within(reasonGroup())
      .getAllByRole<HTMLInputElement>('radio')
      .slice(1)
      .map((r) => r.labels?.[0]?.textContent);
    expect(names).toEqual(SHAREABLE_CONCERNS.map((id) => reasons[id].label));
  });

  it('is absent for private concerns only, with the note instead', () => {
    renderComposer({ template: 'withdraw', answers: answersWith('mission', 'pushy-recruiter') });
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it.each([
    ['negotiate', answersWith('salary', 'work-setup')],
    ['accept-interview', answersWith('none')],
    ['decline-brief', answersWith('not-legitimate', 'career-goals')],
  ] as const)('is never offered for %s', (template, answers) => {
    renderComposer({ template, answers });
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
  });

  it('puts the chosen reason in the preview, and takes it out again', async () => {
    renderComposer({
      template: 'keep-door-open',
      answers: answersWith('career-goals', 'other-offer'),
    });
    const sentence = reasons['other-offer'].clause;
    expect(bodyText()).not.toContain(sentence);

    await user.click(screen.getByRole('radio', { name: reasons['other-offer'].label }));
    expect(bodyText()).toContain(sentence);
    const facts = { stage: 'applied', concerns: ['career-goals', 'other-offer'] };
    expect(bodyText()).toBe(
      renderedAs('keep-door-open', {}, { reason: sentence }, facts).email.body,
    );

    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    expect(within(message()).getByRole('list')).toHaveTextContent(sentence);

    await user.click(screen.getByRole('radio', { name: notes.noReason }));
    expect(message()).not.toHaveTextContent(sentence);
  });

  it('treats a saved reason that is not on offer as none', () => {
    renderComposer({
      template: 'withdraw',
      answers: answersWith('career-goals'),
      draft: { ...emptyDraft, reason: 'salary' },
    });
    expect(screen.getByRole('radio', { name: notes.noReason })).toBeChecked();
    expect(bodyText()).not.toContain(reasons.salary.clause);
  });
});

describe('the negotiation topics', () => {
  it.each([
    [['salary'], notes.negotiationTopics.salary],
    [['work-setup'], notes.negotiationTopics['work-setup']],
    [['work-setup', 'salary'], notes.negotiationTopics.both],
  ] as const)('names %j as the topics', (concerns, topics) => {
    renderComposer({ template: 'negotiate', answers: answersWith(...concerns) });
    const facts = { stage: 'applied', concerns };
    expect(bodyText()).toBe(renderedAs('negotiate', {}, { topics }, facts).email.body);
    expect(bodyText()).toContain(topics);
  });
});
