import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { canDownload, downloadText, REVOKE_DELAY_MS } from './download';

describe('with object URLs', () => {
  let clicked: HTMLAnchorElement[];
  let createObjectURL: MockInstance<(blob: Blob) => string>;
  let revokeObjectURL: MockInstance<(url: string) => void>;

  beforeEach(() => {
    vi.useFakeTimers();
    createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    clicked = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
      expect(this.isConnected).toBe(true);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('can download', () => {
    expect(canDownload()).toBe(true);
  });

  it('clicks a temporary download link to a UTF-8 text blob, then removes it', async () => {
    expect(downloadText('Hé\nthere', 'note.txt')).toBe(true);
    expect(clicked).toHaveLength(1);
    const [link] = clicked;
    expect(link?.download).toBe('note.txt');
    expect(link?.getAttribute('href')).toBe('blob:test/1');
    expect(link?.isConnected).toBe(false);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/plain;charset=utf-8');
    expect(await blob?.text()).toBe('Hé\nthere');
  });

  it('revokes the object URL after a delay', () => {
    downloadText('text', 'note.txt');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});

describe('without object URLs', () => {
  const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');

  beforeEach(() => {
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
  });

  afterEach(() => {
    if (original) Object.defineProperty(URL, 'createObjectURL', original);
    else Reflect.deleteProperty(URL, 'createObjectURL');
  });

  it('cannot download and does nothing', () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    expect(canDownload()).toBe(false);
    expect(downloadText('text', 'note.txt')).toBe(false);
    expect(click).not.toHaveBeenCalled();
    expect(document.querySelector('a')).toBeNull();
    click.mockRestore();
  });
});
