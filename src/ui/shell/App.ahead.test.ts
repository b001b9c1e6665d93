/**
 * `afterAhead`: the caller's own idle work (main.ts registers the service
 * worker) waits until the app's work ahead of need is done, so the two do not
 * compete for a slow phone's cores.
 */
import { cleanup, render, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserEnv } from '../../app/opening';
import { Session } from '../../app/session.svelte';
import App from './App.svelte';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

function openWith(url: string) {
  window.history.replaceState(null, '', url);
  const session = new Session(browserEnv());
  let guideWhenCalled: unknown;
  const afterAhead = vi.fn(() => {
    guideWhenCalled = session.guide;
  });
  render(App, { props: { session, afterAhead } });
  return { afterAhead, guideWhenCalled: () => guideWhenCalled };
}

describe('afterAhead', () => {
  it('is called on the start page once the guide has been made ahead of need', async () => {
    const { afterAhead, guideWhenCalled } = openWith('/');
    await waitFor(() => expect(afterAhead).toHaveBeenCalled(), { timeout: 10_000 });
    expect(guideWhenCalled()).toBeDefined();
  });

  it('is called on a question page once the other view has loaded at idle', async () => {
    const { afterAhead } = openWith('/?stage=applied');
    await waitFor(() => expect(afterAhead).toHaveBeenCalled(), { timeout: 10_000 });
  });
});
