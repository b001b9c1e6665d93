import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../app/session.svelte';
import { loadAhead } from './ahead';

function parts() {
  const session = { load: vi.fn(() => Promise.resolve()) };
  const questionView = { load: vi.fn(() => Promise.resolve()) };
  return { session, questionView, asSession: session as unknown as Session };
}

describe('loadAhead', () => {
  it('loads the question page, then makes the guide, last', async () => {
    const { session, questionView, asSession } = parts();
    await loadAhead(asSession, questionView, new AbortController().signal);
    expect(questionView.load).toHaveBeenCalledOnce();
    expect(session.load).toHaveBeenCalledOnce();
    expect(questionView.load.mock.invocationCallOrder[0]).toBeLessThan(
      session.load.mock.invocationCallOrder[0]!,
    );
  });

  it('makes no guide once the app is gone', async () => {
    const { session, questionView, asSession } = parts();
    const app = new AbortController();
    const loading = loadAhead(asSession, questionView, app.signal);
    app.abort();
    await loading;
    expect(session.load).not.toHaveBeenCalled();
  });
});
