/**
 * A step's history entry and saved record wait until the browser has painted
 * the step (they cost a slow phone milliseconds it needs for the paint), keep
 * their order, and are written at once when the page goes away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SAVED_KEY, parseSaved } from '../lib/saved';
import { memoryStorage } from '../lib/storage';
import { afterPaint } from './after-paint';
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
    expect(savedAt(storage)).toEqual({});

    await afterPaint();
    expect(env.entries.slice(opened)).toEqual(['/', '/?stage=applied']);
    expect(savedAt(storage)).toEqual({ stage: 'applied' });
  });

  it('makes them at once when the page goes away', () => {
    const storage = memoryStorage();
    const env = fakeEnv(storage);
    guide = new Guide(env);
    guide.start();
    guide.answer('stage', 'outreach');

    guide.flush();
    expect(env.entries.at(-1)).toBe('/?stage=outreach');
    expect(savedAt(storage)).toEqual({ stage: 'outreach' });
  });
});
