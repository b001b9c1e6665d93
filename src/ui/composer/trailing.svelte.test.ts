import { flushSync } from 'svelte';
import { afterEach, expect, test } from 'vitest';
import { afterPaint } from '../../platform/after-paint';
import { Trailing } from './trailing.svelte';

/** A source, a `Trailing` made over it inside an effect root (as in a component), and how often it was read. */
function setUp() {
  const source = $state({ value: 1 });
  const seen = { reads: 0 };
  let trailing: Trailing<number> | undefined;
  const stop = $effect.root(() => {
    trailing = new Trailing(() => {
      seen.reads += 1;
      return source.value;
    });
  });
  flushSync();
  stops.push(stop);
  return { source, seen, trailing: trailing!, stop };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

test('follows its source a paint behind, once for several changes', async () => {
  const { source, trailing } = setUp();
  source.value = 2;
  flushSync();
  source.value = 3;
  flushSync();
  expect(trailing.value).toBe(1);
  await afterPaint();
  expect(trailing.value).toBe(3);
});

test('settle catches up at once', () => {
  const { source, trailing } = setUp();
  source.value = 2;
  flushSync();
  trailing.settle();
  expect(trailing.value).toBe(2);
});

test('once its component is gone, a catch-up asked for before reads the source no more', async () => {
  const { source, seen, stop } = setUp();
  source.value = 2;
  flushSync();
  const reads = seen.reads;
  stop();
  await afterPaint();
  await afterPaint();
  expect(seen.reads).toBe(reads);
});
