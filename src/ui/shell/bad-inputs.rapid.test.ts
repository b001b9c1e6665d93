/**
 * The bad-input catalogue: rapid input: double clicks, held keys and steps taken while code loads.
 * Each case is named, with what the person sees; the shared helpers and the
 * page-error check are in `test-bad-inputs.ts`.
 */
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { questions, ui } from '../../content';
import { act, heading, openApp, settle, shownView } from './test-app';
import { failOnPageErrors, question, continueButton, secondClick } from './test-bad-inputs';

failOnPageErrors();

describe('rapid input', () => {
  async function atStage() {
    const app = await openApp('/');
    await act(app.user, { type: 'guide.started' });
    return app;
  }

  it('double click on Continue: answers once, no error on the next question', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    await user.click(continueButton());
    await settle();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('?stage=applied');
  });

  it('double click on Continue, the second landing on an option of the next question: nothing ticked', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    await user.click(continueButton());
    await settle();
    const salary = screen.getByLabelText(questions.concerns.options.salary.label);
    secondClick(salary.closest('div')!.querySelector('label')!);
    secondClick(salary);
    await settle();
    expect(salary).not.toBeChecked();
    // A double click within one view keeps its usual meaning.
    fireEvent.click(salary, { detail: 1 });
    fireEvent.click(salary, { detail: 2 });
    expect(salary).not.toBeChecked();
  });

  it('double click on Continue before a pre-filled question: does not skip it', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary&negotiable=yes&salary-gap=far');
    await act(user, { type: 'nav.change', question: 'concerns' });
    await user.click(continueButton());
    await settle();
    expect(shownView()).toEqual(question('negotiable'));
    expect(screen.getByLabelText(questions.negotiable.options.yes.label)).toBeChecked();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('negotiable'));
    expect(window.location.search).toBe('?stage=applied&concerns=salary');
  });

  it('triple click on Continue: answers once', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.outreach.label));
    await user.click(continueButton());
    await settle();
    secondClick(continueButton());
    fireEvent.click(continueButton(), { detail: 3 });
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('double click on Start now: the first question, with no error', async () => {
    const { user } = await openApp('/');
    await user.click(screen.getByRole('button', { name: ui.start.button }));
    await settle();
    secondClick(continueButton());
    await settle();
    expect(shownView()).toEqual(question('stage'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('double click on Back: one step back', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary');
    const back = screen.getByRole('link', { name: ui.nav.back });
    await user.dblClick(back);
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(window.location.search).toBe('?stage=applied');
  });

  it('double click on a Change link: one step', async () => {
    await openApp('/?stage=applied&concerns=salary&negotiable=no');
    const change = screen.getByRole('link', {
      name: `${ui.nav.change} ${ui.nav.changeHidden(questions.concerns.summaryLabel)}`,
    });
    fireEvent.click(change, { detail: 1 });
    await settle();
    secondClick(
      screen.getByRole('link', {
        name: `${ui.nav.change} ${ui.nav.changeHidden(questions.stage.summaryLabel)}`,
      }),
    );
    await settle();
    expect(shownView()).toEqual(question('concerns'));
  });

  it('Enter held on Continue: one step, the repeats stopped before anything sees them', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.applied.label));
    continueButton().focus();
    await user.keyboard('{Enter}');
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    for (const target of [heading(), continueButton()]) {
      const held = new KeyboardEvent('keydown', {
        key: 'Enter',
        repeat: true,
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(held);
      expect(held.defaultPrevented).toBe(true);
    }
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
    await settle();
    expect(shownView()).toEqual(question('concerns'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('two separate clicks on Back: two steps (only repeats are ignored)', async () => {
    const { user } = await openApp('/?stage=applied&concerns=salary');
    await act(user, { type: 'nav.back' });
    await act(user, { type: 'nav.back' });
    expect(shownView()).toEqual(question('stage'));
  });

  it('Back straight after Continue: back to the question just answered, recorded once', async () => {
    const { user } = await atStage();
    await user.click(screen.getByLabelText(questions.stage.options.interviewing.label));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByRole('link', { name: ui.nav.back }));
    await settle();
    expect(shownView()).toEqual(question('stage'));
    expect(screen.getByLabelText(questions.stage.options.interviewing.label)).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(document.body).queryAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
