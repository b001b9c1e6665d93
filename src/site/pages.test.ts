// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SAVED_KEY, SAVED_MAX_AGE_MS } from '../app/saved';
import { renderFooter, renderSitePages, type Shell } from './prerender';
import { THEME_KEY, THEMES } from './theme';

const SHELL: Shell = {
  base: '/',
  csp: "default-src 'self'",
  themeScript: '/theme.js',
  stylesheets: ['/assets/index.css', '/assets/pages.css'],
};

const pages = renderSitePages(SHELL);
const privacy = pages['privacy/index.html']!;

/** A page's words, as a person reads them. */
const text = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the privacy page states what the code does', () => {
  const days = SAVED_MAX_AGE_MS / (24 * 60 * 60 * 1000);

  test('how long a record is kept: every figure in days is the one the code uses', () => {
    const figures = [...text(privacy).matchAll(/(\d+) days/g)].map((m) => Number(m[1]));
    expect(figures.length).toBeGreaterThan(0);
    expect(new Set(figures)).toEqual(new Set([days]));
  });

  test('the storage keys it names are the ones the code uses', () => {
    const keys = [...privacy.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(keys).toEqual([SAVED_KEY, THEME_KEY]);
  });
});

describe('every page beside the guide', () => {
  test.each(Object.entries(pages))(
    '%s: one h1, the footer, the shell and no inline code',
    (_file, html) => {
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain(renderFooter('/'));
      expect(html).toContain('<html lang="en-US">');
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'self'">/,
      );
      // theme.js runs before the body is parsed, so the theme is set before the first paint.
      expect(html.indexOf('<script src="/theme.js"></script>')).toBeLessThan(html.indexOf('<body'));
      for (const href of SHELL.stylesheets) expect(html).toContain(`href="${href}"`);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=/);
      expect(html).not.toMatch(/<!--/);
    },
  );

  test('the footer links both pages and offers each theme', () => {
    const footer = renderFooter('/base/');
    expect(footer).toContain('href="/base/privacy/"');
    expect(footer).toContain('href="/base/accessibility/"');
    const values = [...footer.matchAll(/<input type="radio" name="(\w*)" value="(\w+)"/g)];
    expect(values.map((m) => m[2])).toEqual([...THEMES]);
    expect(values.every((m) => m[1]!.endsWith('theme'))).toBe(true);
  });

  test('the not-found page leads back to the start', () => {
    expect(renderSitePages({ ...SHELL, base: '/guide/' })['404.html']).toMatch(
      /<main[\s\S]*href="\/guide\/"[\s\S]*<\/main>/,
    );
  });

  test('the accessibility statement names the contact when one is set', () => {
    const contact = { text: 'access@example.org', href: 'mailto:access@example.org' };
    const withContact = renderSitePages({ ...SHELL, contact })['accessibility/index.html']!;
    expect(withContact).toContain('<a href="mailto:access@example.org">access@example.org</a>');
    expect(pages['accessibility/index.html']).not.toContain('mailto:');
  });
});

/** The custom properties set in the first block that `selector` opens. */
function tokens(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in the stylesheet`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start + selector.length - 1);
  const block = css.slice(open + 1, css.indexOf('}', open));
  return new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('a chosen theme uses the same colors as the device scheme', () => {
  const global = readFileSync(new URL('../ui/shell/global.css', import.meta.url), 'utf8');
  const siteCss = readFileSync(new URL('./site.css', import.meta.url), 'utf8');
  const colors = (map: Map<string, string>) =>
    new Map([...map].filter(([, value]) => /^#[0-9a-f]+$/i.test(value)));

  test('light', () => {
    const light = colors(tokens(global, ':root {'));
    expect(tokens(siteCss, ":root[data-theme='light'] {")).toEqual(light);
  });

  test('dark', () => {
    const dark = tokens(global, '@media (prefers-color-scheme: dark) {\n  :root {');
    expect(tokens(siteCss, ":root[data-theme='dark'] {")).toEqual(dark);
  });
});
