// @vitest-environment jsdom
/**
 * The probe's rule for failed loads (driver.ts, `installProbe`): a load that
 * fails while the page is in use is a problem at once; one that fails while
 * the page is being left (Firefox cancels a preload still under way, and
 * reports it, between `beforeunload` and `pagehide`) is not, unless the page
 * is still there a second later.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { drainProbe, installProbe } from './driver';

let link: HTMLLinkElement;

beforeEach(() => {
  vi.useFakeTimers();
  delete (window as { __engineProblems?: string[] }).__engineProblems;
  installProbe();
  link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = '/assets/chunk.js';
  document.head.append(link);
});

afterEach(() => {
  link.remove();
  vi.useRealTimers();
});

const fail = () => link.dispatchEvent(new Event('error'));
const send = (type: string) => window.dispatchEvent(new Event(type));
const failures = () => (drainProbe() ?? []).filter((seen) => seen.includes('/assets/chunk.js'));

test('a load that fails on a page in use is reported at once', () => {
  fail();
  expect(failures()).toEqual([
    expect.stringMatching(/^failed to load: LINK \S*\/assets\/chunk\.js/),
  ]);
});

test('a load cancelled as the page is left is not reported', () => {
  send('beforeunload');
  fail();
  send('pagehide');
  vi.advanceTimersByTime(5000);
  expect(failures()).toEqual([]);
});

test('after an unload that did not happen (a mailto link), a failure is still reported', () => {
  send('beforeunload');
  fail();
  expect(failures(), 'not yet').toEqual([]);
  vi.advanceTimersByTime(1000);
  expect(failures()).toHaveLength(1);
});

test('a page restored from the back-forward cache reports at once again', () => {
  send('beforeunload');
  send('pagehide');
  send('pageshow');
  fail();
  expect(failures()).toHaveLength(1);
});
