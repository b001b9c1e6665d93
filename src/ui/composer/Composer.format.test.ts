/** The composer's format choice and its preview. */
import { screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeUi } from '../../content';
import { TEMPLATE_IDS } from '../../flow/questions';
import { formatSegments } from '../../message/render';
import {
  answersWith,
  message,
  renderComposer,
  renderedAs,
  restoreNavigator,
  subjectText,
} from './test-composer';

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  restoreNavigator();
  vi.restoreAllMocks();
});

describe('the format', () => {
  it('starts as email, and switches to talking points and back', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('lateral-move') });
    const email = screen.getByRole('radio', { name: outcomeUi.composer.format.email });
    const call = screen.getByRole('radio', { name: outcomeUi.composer.format.call });
    expect(screen.getByRole('group', { name: outcomeUi.composer.format.legend })).toContainElement(
      call,
    );
    expect(email).toBeChecked();
    expect(screen.getByText(outcomeUi.composer.preview.subjectLabel)).toBeInTheDocument();

    await user.click(call);
    expect(call).toBeChecked();
    const points = within(message()).getAllByRole('listitem');
    expect(points.map((p) => p.textContent)).toEqual(renderedAs('withdraw', {}).call.points);
    expect(
      screen.getByRole('heading', { name: outcomeUi.composer.preview.callHeading }),
    ).toBeVisible();
    expect(within(message()).queryByRole('definition')).toBeNull();
    expect(screen.queryByRole('link', { name: outcomeUi.actions.openEmail })).toBeNull();

    await user.click(email);
    expect(within(message()).queryByRole('list')).toBeNull();
    expect(subjectText()).toBe(renderedAs('withdraw', {}).email.subject);
  });

  it('counts only the blanks of the format shown', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('culture') });
    const blanksIn = (rendered: ReturnType<typeof renderedAs>, format: 'email' | 'call') =>
      new Set(
        formatSegments(rendered, format).flatMap((s) => (s.kind === 'blank' ? [s.field] : [])),
      ).size;
    const rendered = renderedAs('withdraw', {});
    expect(blanksIn(rendered, 'call')).toBeLessThan(blanksIn(rendered, 'email'));
    expect(
      screen.getByText(outcomeUi.composer.blanks(blanksIn(rendered, 'email'))),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    expect(
      screen.getByText(outcomeUi.composer.blanks(blanksIn(rendered, 'call'))),
    ).toBeInTheDocument();
  });

  it('marks unfilled blanks in the talking points too', async () => {
    renderComposer({ template: 'accept-interview', answers: answersWith('none') });
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    const marks = message().querySelectorAll('li mark.blank');
    expect([...marks].map((m) => m.textContent)).toContain(
      `[${outcomeUi.composer.placeholders.jobTitle}]`,
    );
  });
});

describe('the preview', () => {
  it.each(TEMPLATE_IDS)('carries data-template="%s" on the message', (template) => {
    renderComposer({ template });
    expect(message()).toHaveAttribute('data-template', template);
    expect(subjectText()).toBe(renderedAs(template, {}).email.subject);
    expect(
      screen.getByRole('region', { name: outcomeUi.composer.preview.heading }),
    ).toContainElement(message());
  });

  it('has one polite live region', () => {
    renderComposer();
    const regions = screen.getAllByRole('status');
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAttribute('aria-live', 'polite');
  });
});
