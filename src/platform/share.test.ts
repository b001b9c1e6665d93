// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { canShare, shareText, type Sharer } from './share';

describe('canShare', () => {
  it('is true only where share is a function', () => {
    expect(canShare({ share: () => Promise.resolve() })).toBe(true);
    expect(canShare({})).toBe(false);
    expect(canShare(undefined)).toBe(false);
  });
});

describe('shareText', () => {
  it('shares the text, with the title when given, called on its owner', async () => {
    const calls: { self: unknown; data: ShareData }[] = [];
    const sharer: Sharer = {
      share(data) {
        calls.push({ self: this, data });
        return Promise.resolve();
      },
    };
    expect(await shareText('Hello', 'Subject', sharer)).toBe('shared');
    expect(await shareText('Hello', undefined, sharer)).toBe('shared');
    expect(calls).toEqual([
      { self: sharer, data: { title: 'Subject', text: 'Hello' } },
      { self: sharer, data: { text: 'Hello' } },
    ]);
  });

  it.each([
    ['the person closes the sheet', new DOMException('Canceled', 'AbortError'), 'cancelled'],
    ['the browser refuses', new DOMException('No', 'NotAllowedError'), 'failed'],
    ['it throws something else', new TypeError('Bad data'), 'failed'],
  ] as const)('never rejects: %s', async (_name, error, result) => {
    const share = vi.fn(() => Promise.reject(error));
    expect(await shareText('Hello', undefined, { share })).toBe(result);
  });

  it('fails where there is no share sheet', async () => {
    expect(await shareText('Hello', undefined, {})).toBe('failed');
  });
});
