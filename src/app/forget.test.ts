// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../message/draft';
import { memoryStorage, safeStore } from '../platform/storage';
import { forgetSession } from './forget';

function stored() {
  const storage = memoryStorage();
  storage.setItem('key', '{}');
  return { storage, store: safeStore('key', () => storage) };
}

describe('forgetSession', () => {
  it('removes the saved record and leaves nothing of the session', () => {
    const { storage, store } = stored();
    expect(forgetSession(store, true)).toEqual({
      draft: emptyDraft,
      notices: [],
      linkProblems: [],
      waiting: undefined,
    });
    expect(storage.getItem('key')).toBeNull();
  });

  it('leaves storage it could not read untouched', () => {
    const { storage, store } = stored();
    forgetSession(store, false);
    expect(storage.getItem('key')).toBe('{}');
  });
});
