// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft';
import { parseSaved } from './saved';
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

describe('parseSaved', () => {
  const good = {
    v: 1,
    answers: { stage: 'applied', concerns: ['salary'], negotiable: 'no' },
    at: { stage: 'applied' },
    start: false,
    draft: emptyDraft,
  };

  it('accepts a well-formed record', () => {
    expect(parseSaved(good)).toEqual(good);
  });

  it.each([
    ['another version', { ...good, v: 2 }],
    ['no version', { ...good, v: undefined }],
    ['an unknown question', { ...good, answers: { colour: 'blue' } }],
    ['an invalid answer', { ...good, at: { stage: 'hired' } }],
    ['none mixed in', { ...good, answers: { concerns: ['none', 'salary'] } }],
    ['answers as a list', { ...good, answers: ['applied'] }],
    ['a broken draft', { ...good, draft: { fields: 'Ana' } }],
    ['a missing start flag', { ...good, start: 'yes' }],
    ['a string', 'hello'],
    ['null', null],
    ['a list', [good]],
    ['a key the guide never writes', { ...good, state: 'negotiable' }],
    ['a missing key', { v: 1, answers: {}, at: {}, start: true }],
    ['a view answer it does not remember', { ...good, at: { stage: 'outreach' } }],
    ['answers on the start view', { ...good, at: { stage: 'applied' }, start: true }],
    [
      'a remembered answer no longer asked',
      { ...good, answers: { stage: 'applied', concerns: ['mission'], negotiable: 'no' } },
    ],
  ])('refuses %s', (_name, value) => {
    expect(parseSaved(value)).toBeUndefined();
  });
});
