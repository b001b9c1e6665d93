/**
 * A step's history entry and saved record wait until the browser has painted
 * the step (they cost a slow phone milliseconds it needs for the paint), keep
 * their order. When the page is hidden the record is saved at once; when
 * the app stops, both are written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SAVED_KEY, parseSaved } from './saved';
import { memoryStorage } from '../platform/storage';
import { afterPaint } from '../platform/after-paint';
import { Guide } from './guide.svelte';
import { fakeEnv } from './test-guide-env';

let guide: Guide | undefined;
afterEach(() => guide?.stop());

function savedAt(storage: Storage) {
  return parseSaved(JSON.parse(storage.getItem(SAVED_KEY) ?? 'null'))?.at;
}

describe('writes that wait for the paint', () => {
  it('makes a step’s history entry and saved record once it is painted, in order', async () => {
    const storage = memoryStorage();
    const env = fakeEnv(storage);
    guide = new Guide(env);
    await afterPaint();
    const opened = env.entries.length;

    guide.start();
    guide.answer('stage', 'applied');
    expect(env.entries).toHaveLength(opened);
    // Opening on the start page wrote nothing; the steps have not been written yet.
    expect(savedAt(storage)).toBeUndefined();

    await afterPaint();
    expect(env.entries.slice(opened)).toEqual(['/', '/?stage=applied']);
    expect(savedAt(storage)).toEqual({ stage: 'applied' });
  });

  it('saves the record at once when the page is hidden, and leaves the history entry to wait', () => {
    const storage = memoryStorage();
    const env = fakeEnv(storage);
    guide = new Guide(env);
    guide.start();
    guide.answer('stage', 'outreach');
    const written = env.entries.length;

    guide.persist();
    expect(savedAt(storage)).toEqual({ stage: 'outreach' });
    // Pushed while the page goes away, an entry would land in the next page's history.
    expect(env.entries).toHaveLength(written);
  });

  it('makes both at once when the app stops', () => {
    const storage = memoryStorage();
    const env = fakeEnv(storage);
    const stopped = new Guide(env);
    stopped.start();
    stopped.answer('stage', 'outreach');

    stopped.stop();
    expect(env.entries.at(-1)).toBe('/?stage=outreach');
    expect(savedAt(storage)).toEqual({ stage: 'outreach' });
  });
});
