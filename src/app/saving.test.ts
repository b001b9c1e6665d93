// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { next } from '../flow/view';
import { TO_NEGOTIATE, replay } from '../flow/test-model';
import { emptyDraft } from '../message/draft';
import { afterPaint } from '../platform/after-paint';
import { memoryStorage, safeStore, type SafeStore } from '../platform/storage';
import { SAVED_KEY, SAVED_VERSION, parseSaved } from './saved';
import { DRAFT_SAVE_DELAY_MS, Saving, recordOf } from './saving';

const NOW = 1_700_000_000_000;
const atStage = replay({ stage: 'applied' }).snapshot;

function saving(options: { holding?: boolean; writable?: boolean; store?: SafeStore } = {}) {
  const storage = memoryStorage();
  const unavailable = vi.fn();
  const saving = new Saving({
    store: options.store ?? safeStore(SAVED_KEY, () => storage),
    writable: options.writable ?? true,
    now: () => NOW,
    current: () => ({ snapshot: atStage, draft: emptyDraft }),
    unavailable,
    holding: options.holding ?? false,
  });
  const saved = () => parseSaved(JSON.parse(storage.getItem(SAVED_KEY) ?? 'null'));
  return { saving, saved, unavailable, storage };
}

describe('recordOf', () => {
  it('records the answers, the view and the outcome on screen', () => {
    const { snapshot } = replay(TO_NEGOTIATE);
    expect(recordOf(snapshot, emptyDraft)).toEqual({
      answers: TO_NEGOTIATE,
      at: TO_NEGOTIATE,
      start: false,
      draft: emptyDraft,
      outcome: 'negotiate',
    });
  });

  it('records a follow-up question as the outcome it was asked from', () => {
    const reply = next(replay(TO_NEGOTIATE).snapshot, { type: 'reply.opened' });
    expect(recordOf(reply, emptyDraft).outcome).toBe('negotiate');
  });
});

describe('Saving', () => {
  it('saves a step once it is painted, whole and dated now', async () => {
    const { saving: s, saved } = saving();
    s.stepped();
    expect(saved()).toBeUndefined();
    await afterPaint();
    expect(saved()).toEqual({ v: SAVED_VERSION, ...recordOf(atStage, emptyDraft), savedAt: NOW });
  });

  it('saves a step at once when persisted, and only once', () => {
    const { saving: s, saved, storage } = saving();
    s.stepped();
    s.persist();
    expect(saved()).toBeDefined();
    storage.clear();
    s.persist();
    expect(saved()).toBeUndefined();
  });

  it('writes nothing while held, not even what waited, until released', () => {
    const { saving: s, saved } = saving({ holding: true });
    s.stepped();
    s.persist();
    expect(saved()).toBeUndefined();
    s.release();
    s.stepped();
    s.hold();
    s.persist();
    expect(saved()).toBeUndefined();
    s.release();
    s.save();
    expect(saved()).toBeDefined();
  });

  it('never writes over storage it could not read', () => {
    const { saving: s, saved, unavailable } = saving({ writable: false });
    s.save();
    expect(saved()).toBeUndefined();
    expect(unavailable).not.toHaveBeenCalled();
  });

  it('says so when storage refuses the record', () => {
    const refusing: SafeStore = {
      read: () => ({ status: 'empty' }),
      write: () => false,
      clear() {},
    };
    const { saving: s, unavailable } = saving({ store: refusing });
    s.save();
    expect(unavailable).toHaveBeenCalledOnce();
  });

  it('saves what waits when stopped, and nothing after', () => {
    const { saving: s, saved, storage } = saving();
    s.stepped();
    s.stop();
    expect(saved()).toBeDefined();
    storage.clear();
    s.stepped();
    s.save();
    expect(saved()).toBeUndefined();
  });
});

describe('Saving a change to the message', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** A saving whose store counts its writes. */
  function counted(options: { holding?: boolean } = {}) {
    const storage = memoryStorage();
    const store = safeStore(SAVED_KEY, () => storage);
    const write = vi.spyOn(store, 'write');
    return { ...saving({ ...options, store }), storage, write };
  }

  it('writes once the person pauses, not at each change', () => {
    const { saving: s, write } = counted();
    for (let key = 0; key < 10; key++) {
      s.typed();
      vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 1);
    }
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(write).toHaveBeenCalledOnce();
  });

  it('writes a change at once when persisted (the page is hidden), and not again after the pause', () => {
    const { saving: s, write } = counted();
    s.typed();
    s.persist();
    expect(write).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(write).toHaveBeenCalledOnce();
  });

  it('writes the change with a step that saves first, and not again after the pause', () => {
    const { saving: s, write } = counted();
    s.typed();
    s.stepped();
    s.persist();
    expect(write).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(write).toHaveBeenCalledOnce();
  });

  it('writes the last change when stopped, and nothing after', () => {
    const { saving: s, write } = counted();
    s.typed();
    s.stop();
    expect(write).toHaveBeenCalledOnce();
    s.typed();
    vi.runAllTimers();
    expect(write).toHaveBeenCalledOnce();
  });

  it('drops a change that waits when saving is held (the answers were cleared)', () => {
    const { saving: s, write } = counted();
    s.typed();
    s.hold();
    vi.runAllTimers();
    s.persist();
    expect(write).not.toHaveBeenCalled();
  });

  it('writes nothing while held, however long the person types', () => {
    const { saving: s, write } = counted({ holding: true });
    s.typed();
    vi.runAllTimers();
    s.persist();
    expect(write).not.toHaveBeenCalled();
  });
});
