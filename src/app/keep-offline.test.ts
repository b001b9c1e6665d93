import { describe, expect, it, vi } from 'vitest';

const { registerServiceWorker } = vi.hoisted(() => ({
  registerServiceWorker: vi.fn(() => Promise.resolve()),
}));
vi.mock('../platform/register-sw', () => ({ registerServiceWorker }));

describe('keepOffline', () => {
  it('registers the worker once, however often it is asked', async () => {
    const { keepOffline } = await import('./keep-offline');
    await Promise.all([keepOffline(), keepOffline()]);
    await keepOffline();
    expect(registerServiceWorker).toHaveBeenCalledOnce();
    expect(registerServiceWorker).toHaveBeenCalledWith('/sw.js', expect.any(Function));
  });
});
