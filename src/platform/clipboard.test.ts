import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectAll, systemClipboard, writeClipboard } from './clipboard';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  document.body.replaceChildren();
});

describe('writeClipboard', () => {
  it('writes the text and resolves true', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    await expect(writeClipboard('hello', { writeText })).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('resolves false when there is no clipboard', async () => {
    await expect(writeClipboard('hello', undefined)).resolves.toBe(false);
  });

  it('resolves false when writeText is not a function', async () => {
    await expect(writeClipboard('hello', {} as never)).resolves.toBe(false);
  });

  it('resolves false when the browser refuses', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await expect(writeClipboard('hello', { writeText })).resolves.toBe(false);
  });

  it('resolves false when writeText throws synchronously', async () => {
    const writeText = vi.fn(() => {
      throw new TypeError('Illegal invocation');
    });
    await expect(writeClipboard('hello', { writeText })).resolves.toBe(false);
  });

  it('uses the browser clipboard by default', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(systemClipboard()).toEqual({ writeText });
    await expect(writeClipboard('by default')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('by default');
  });
});

describe('selectAll', () => {
  it.each(['textarea', 'input'] as const)('focuses a %s and selects all its text', (tag) => {
    const control = document.createElement(tag);
    control.value = 'line one\nline two';
    document.body.append(control);
    selectAll(control);
    expect(control).toHaveFocus();
    expect(control.selectionStart).toBe(0);
    expect(control.selectionEnd).toBe(control.value.length);
  });
});
