/**
 * `localStorage` that never throws: disabled storage, private modes and a full
 * quota all come back as a status the guide can explain, never as an error.
 */

export type StoreRead =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: unknown }
  | { readonly status: 'corrupt' }
  | { readonly status: 'unavailable' };

export interface SafeStore {
  read(): StoreRead;
  /** Whether the value was written. */
  write(value: unknown): boolean;
  clear(): void;
}

/** A store under one key; `getStorage` may itself throw (some browsers do on access). */
export function safeStore(key: string, getStorage: () => Storage | undefined | null): SafeStore {
  const storage = (): Storage | undefined => {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read() {
      const store = storage();
      if (!store) return { status: 'unavailable' };
      let text: string | null;
      try {
        text = store.getItem(key);
      } catch {
        return { status: 'unavailable' };
      }
      if (text === null) return { status: 'empty' };
      try {
        return { status: 'ok', value: JSON.parse(text) as unknown };
      } catch {
        return { status: 'corrupt' };
      }
    },
    write(value) {
      try {
        const store = storage();
        if (!store) return false;
        store.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to clear where storage cannot be reached.
      }
    },
  };
}

/** A store held in memory, for tests and for browsers without storage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
