/**
 * The color theme the person chose, applied before the first paint of every
 * page. `themeScript` is served as `theme.js`, a classic script in `<head>`
 * (the strict CSP allows no inline script): the build writes it out from this
 * function's source, so it must stay self-contained, with no imports, helpers
 * or closures over module scope.
 */

/** The `localStorage` key of the theme preference, apart from the saved answers. */
export const THEME_KEY = 'decline-guide-theme';

/** The control's choices (radio values); `system` follows the device and keeps nothing. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** The class `theme.js` puts on `<html>`: the theme control shows only where it works. */
export const THEME_READY_CLASS = 'theme-ready';

/**
 * Sets `data-theme` on `<html>` from the kept preference, at once; checks the
 * matching radio once the page is parsed; and, whenever a control whose name
 * ends in `theme` changes, keeps the choice and applies it. Another tab's
 * choice, and a page restored from the back-forward cache, follow too.
 */
export function themeScript(key: string, readyClass: string, win: Window = window): void {
  const doc = win.document;
  const root = doc.documentElement;
  const explicit = (value: unknown) => (value === 'light' || value === 'dark' ? value : null);
  const kept = () => {
    try {
      return explicit(win.localStorage.getItem(key));
    } catch {
      return null;
    }
  };
  const apply = (theme: string | null) => {
    if (theme) root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
  };
  const sync = () => {
    const theme = kept();
    apply(theme);
    doc.querySelectorAll<HTMLInputElement>('input[name$="theme"]').forEach((input) => {
      input.checked = input.value === (theme ?? 'system');
    });
  };
  apply(kept());
  root.classList.add(readyClass);
  doc.addEventListener('DOMContentLoaded', sync);
  // A first load's pageshow follows DOMContentLoaded, which has just synced.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) sync();
  });
  win.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) sync();
  });
  doc.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | null;
    if (!input || input.type !== 'radio' || !input.name.endsWith('theme')) return;
    const theme = explicit(input.value);
    try {
      if (theme) win.localStorage.setItem(key, theme);
      else win.localStorage.removeItem(key);
    } catch {
      // Storage refused: the choice still holds on this page, just not the next.
    }
    apply(theme);
  });
}

/** The source of `theme.js`: the function above, called with its key. */
export function themeScriptSource(): string {
  return `(${themeScript.toString()})(${JSON.stringify(THEME_KEY)},${JSON.stringify(THEME_READY_CLASS)});\n`;
}
