// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryStorage, safeStore } from './storage';

describe('safeStore', () => {
  it('writes and reads back a value', () => {
    const store = safeStore('k', memoryStorage);
    const storage = memoryStorage();
    const onOne = safeStore('k', () => storage);
    expect(store.read()).toEqual({ status: 'empty' });
    expect(onOne.write({ a: 1 })).toBe(true);
    expect(onOne.read()).toEqual({ status: 'ok', value: { a: 1 } });
    onOne.clear();
    expect(onOne.read()).toEqual({ status: 'empty' });
  });

  it('reports corrupt JSON', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"v":1,');
    expect(safeStore('k', () => storage).read()).toEqual({ status: 'corrupt' });
  });

  it('reports storage that cannot be reached or throws', () => {
    const throwing = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as Storage;
    for (const store of [
      safeStore('k', () => throwing),
      safeStore('k', () => undefined),
      safeStore('k', () => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ]) {
      expect(store.read()).toEqual({ status: 'unavailable' });
      expect(store.write({})).toBe(false);
      expect(() => store.clear()).not.toThrow();
    }
  });
});
