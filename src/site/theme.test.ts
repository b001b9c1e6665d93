import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../platform/storage';
import { THEME_KEY, THEME_READY_CLASS, THEMES, themeScriptSource } from './theme';

const FOOTER = THEMES.map(
  (theme) =>
    `<input type="radio" name="site-theme" value="${theme}"${theme === 'system' ? ' checked' : ''}>`,
).join('');

/**
 * A page with the theme control and `kept` under the key, running theme.js as
 * the build writes it, against a window of its own (so no listener outlives
 * its test): a fresh document, storage and event target.
 */
function page(kept?: string, storage: Storage = memoryStorage()) {
  const document = window.document.implementation.createHTMLDocument('');
  document.body.innerHTML = FOOTER;
  if (kept !== undefined) storage.setItem(THEME_KEY, kept);
  const win = Object.assign(new EventTarget(), { document, localStorage: storage });
  new Function('window', themeScriptSource())(win);
  const root = document.documentElement;
  const radio = (theme: string) =>
    document.querySelector<HTMLInputElement>(`input[value="${theme}"]`)!;
  const parsed = () => document.dispatchEvent(new Event('DOMContentLoaded'));
  const choose = (theme: string) => {
    radio(theme).checked = true;
    radio(theme).dispatchEvent(new Event('change', { bubbles: true }));
  };
  return { window: win, root, radio, parsed, choose };
}

describe('theme.js', () => {
  test('with nothing kept, follows the device: no data-theme, System checked', () => {
    const { root, radio, parsed } = page();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.classList.contains(THEME_READY_CLASS)).toBe(true);
    parsed();
    expect(radio('system').checked).toBe(true);
  });

  test.each(['light', 'dark'])(
    'a kept %s theme is set at once, and its radio checked once parsed',
    (theme) => {
      const { root, radio, parsed } = page(theme);
      expect(root.getAttribute('data-theme')).toBe(theme);
      parsed();
      expect(radio(theme).checked).toBe(true);
      expect(radio('system').checked).toBe(false);
    },
  );

  test('anything else kept is ignored', () => {
    const { root } = page('purple');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  test('a choice is applied and kept; System removes both', () => {
    const { window, root, choose } = page();
    choose('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('dark');
    choose('light');
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('light');
    choose('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(window.localStorage.getItem(THEME_KEY)).toBeNull();
  });

  test('other controls are left alone', () => {
    const { window, root } = page();
    const other = window.document.createElement('input');
    other.type = 'radio';
    other.name = 'format';
    other.value = 'dark';
    window.document.body.append(other);
    other.dispatchEvent(new Event('change', { bubbles: true }));
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(window.localStorage.getItem(THEME_KEY)).toBeNull();
  });

  test('storage that throws: nothing kept is read, and a choice still applies to this page', () => {
    const refuse = () => {
      throw new Error('SecurityError');
    };
    const { root, choose } = page(undefined, {
      ...memoryStorage(),
      getItem: refuse,
      setItem: refuse,
      removeItem: refuse,
    });
    expect(root.hasAttribute('data-theme')).toBe(false);
    choose('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  test('a page restored from the back-forward cache syncs again; a first load does not twice', () => {
    const { window, root, radio, parsed } = page();
    parsed();
    // Changed while the page was away (the storage event is not sent to a cached page).
    window.localStorage.setItem(THEME_KEY, 'dark');
    const pageshow = (persisted: boolean) =>
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    pageshow(false);
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(radio('system').checked).toBe(true);
    pageshow(true);
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(radio('dark').checked).toBe(true);
  });

  test("another tab's choice follows", () => {
    const { window, root, radio } = page();
    window.localStorage.setItem(THEME_KEY, 'light');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY }));
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(radio('light').checked).toBe(true);
    window.localStorage.removeItem(THEME_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(radio('system').checked).toBe(true);
  });
});
