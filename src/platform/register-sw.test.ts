/**
 * The service worker is a bonus (offline use): where the browser refuses it,
 * as it does with site data blocked, the guide carries on without a word.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-sw';

let updateReady = false;
const markReady = () => void (updateReady = true);

class FakeContainer extends EventTarget {
  controller: object | null = null;
  register = vi.fn<(url: string) => Promise<unknown>>();
}

function withServiceWorker(container: FakeContainer) {
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  updateReady = false;
  vi.restoreAllMocks();
});

describe('registerServiceWorker', () => {
  it('settles quietly when the browser refuses the worker (site data blocked)', async () => {
    const container = new FakeContainer();
    container.register.mockRejectedValue(
      new DOMException(
        'Failed to register a ServiceWorker: The user denied permission to use Service Worker.',
        'SecurityError',
      ),
    );
    withServiceWorker(container);
    const logged = vi.spyOn(console, 'error');

    await expect(registerServiceWorker('/sw.js', markReady)).resolves.toBeUndefined();
    expect(container.register).toHaveBeenCalledWith('/sw.js');
    expect(logged).not.toHaveBeenCalled();
    expect(updateReady).toBe(false);
  });

  it('settles when the browser throws at once rather than rejecting', async () => {
    const container = new FakeContainer();
    container.register.mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    withServiceWorker(container);

    await expect(registerServiceWorker('/sw.js', markReady)).resolves.toBeUndefined();
  });

  it('still registers, and tells of an update once a worker replaces another', async () => {
    const container = new FakeContainer();
    container.controller = {};
    container.register.mockResolvedValue({});
    withServiceWorker(container);

    await expect(registerServiceWorker('/sw.js', markReady)).resolves.toBeUndefined();
    expect(container.register).toHaveBeenCalledOnce();
    container.dispatchEvent(new Event('controllerchange'));
    expect(updateReady).toBe(true);
  });

  it('waits for the page to load before it registers', async () => {
    const container = new FakeContainer();
    container.register.mockResolvedValue({});
    withServiceWorker(container);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      const registering = registerServiceWorker('/sw.js', markReady);
      await new Promise((later) => setTimeout(later, 10));
      expect(container.register).not.toHaveBeenCalled();

      window.dispatchEvent(new Event('load'));
      await registering;
      expect(container.register).toHaveBeenCalledOnce();
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });

  it('does nothing where there are no service workers', async () => {
    await expect(registerServiceWorker('/sw.js', markReady)).resolves.toBeUndefined();
  });
});
