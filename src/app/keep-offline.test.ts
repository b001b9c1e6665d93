import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../platform/storage';
import { PAUSE_MS } from './keep-offline.svelte';
import { Session } from './session.svelte';
import { fakeEnv } from './test-guide-env';

const { registerServiceWorker } = vi.hoisted(() => ({
  registerServiceWorker: vi.fn(() => Promise.resolve()),
}));
vi.mock('../platform/register-sw', () => ({ registerServiceWorker }));

afterEach(() => vi.useRealTimers());

describe('keepOffline', () => {
  it('registers the worker once the person has paused on a view, and once only', async () => {
    const session = new Session(fakeEnv(memoryStorage(), () => 1_700_000_000_000));
    const guide = await session.load();
    const { keepOffline } = await import('./keep-offline.svelte');
    vi.useFakeTimers();

    keepOffline(() => session.view);
    flushSync();
    vi.advanceTimersByTime(PAUSE_MS - 1);
    guide.start();
    flushSync();
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(registerServiceWorker).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(registerServiceWorker).toHaveBeenCalledOnce();
    expect(registerServiceWorker).toHaveBeenCalledWith('/sw.js', expect.any(Function));

    keepOffline(() => session.view);
    flushSync();
    vi.advanceTimersByTime(PAUSE_MS);
    expect(registerServiceWorker).toHaveBeenCalledOnce();
  });
});
