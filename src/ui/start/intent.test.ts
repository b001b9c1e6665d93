/** Signs of intent on the buttons that lead into the guide fetch what comes next. */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionUi, ui } from '../../content';
import { INTENT_EVENTS, onIntent } from './intent';
import ResumePrompt from './ResumePrompt.svelte';
import StartView from './StartView.svelte';

afterEach(cleanup);

const noop = () => {};

describe('onIntent', () => {
  it('runs the callback on every sign of intent, until the button goes', () => {
    const button = document.createElement('button');
    const callback = vi.fn();
    const detach = onIntent(callback)(button);
    for (const type of INTENT_EVENTS) button.dispatchEvent(new Event(type));
    expect(callback).toHaveBeenCalledTimes(INTENT_EVENTS.length);
    expect(typeof detach).toBe('function');
    (detach as () => void)();
    for (const type of INTENT_EVENTS) button.dispatchEvent(new Event(type));
    expect(callback).toHaveBeenCalledTimes(INTENT_EVENTS.length);
  });

  it('does nothing without a callback', () => {
    const button = document.createElement('button');
    const spy = vi.spyOn(button, 'addEventListener');
    expect(onIntent(undefined)(button)).toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('the start page', () => {
  it('Start, focused or pointed at, asks for what comes next', async () => {
    const onintent = vi.fn();
    render(StartView, {
      onstart: noop,
      onresume: noop,
      onstartagain: noop,
      onclear: noop,
      onintent,
    });
    const start = screen.getByRole('button', { name: ui.start.button });
    await fireEvent.focus(start);
    await fireEvent.pointerEnter(start);
    expect(onintent).toHaveBeenCalledTimes(2);
  });

  it('Continue and Start again, on a waiting session, ask for it too', async () => {
    const onintent = vi.fn();
    render(ResumePrompt, {
      waiting: { outcome: 'decline' },
      onresume: noop,
      onstartagain: noop,
      onclear: noop,
      onintent,
    });
    await fireEvent.pointerDown(screen.getByRole('button', { name: sessionUi.resume.continue }));
    await fireEvent.touchStart(screen.getByRole('button', { name: sessionUi.resume.startAgain }));
    expect(onintent).toHaveBeenCalledTimes(2);
  });
});
