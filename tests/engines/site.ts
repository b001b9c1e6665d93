/**
 * The public site around the guide, as the engine journeys see it through
 * `Tab` alone: the footer's links to the privacy and accessibility pages, the
 * not-found page, and the color theme control (by role and name from the
 * content, and by the brief's contract: `data-theme` on `<html>`).
 */
import { expect } from 'vitest';
import { ui } from '../../src/content';
import { site } from '../../src/content/site';
import { THEME_KEY, THEMES } from '../../src/site/theme';

type Theme = (typeof THEMES)[number];
import { installProbe, poll, type Tab } from './driver';

/** The pages beside the guide, each with its footer link's name where it has one. */
export const SITE_PAGES = [
  {
    path: '/privacy/',
    link: site.footer.privacy,
    title: site.privacy({ days: 0, key: '', themeKey: '' }).title,
  },
  {
    path: '/accessibility/',
    link: site.footer.accessibility,
    title: site.accessibility(undefined).title,
  },
] as const;

/** The page's background, as the theme decides it. */
export const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 20, 23)' } as const;

/** What the page shows of the site: its h1, `data-theme`, the kept preference and the background. */
export interface SiteShown {
  heading: string;
  theme: string | null;
  kept: string | null;
  checked: string | null;
  background: string;
}

/** In page: reads `SiteShown`. */
function readSite(key: string): SiteShown {
  const root = document.documentElement;
  return {
    heading: (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    theme: root.getAttribute('data-theme'),
    kept: localStorage.getItem(key),
    checked:
      document.querySelector<HTMLInputElement>('input[name$="theme"]:checked')?.value ?? null,
    background: getComputedStyle(root).backgroundColor,
  };
}

/** Waits for the page to show `want`, then checks it. */
export async function expectSite(tab: Tab, want: Partial<SiteShown>): Promise<void> {
  // A page still loading may refuse the script: it is read again.
  const read = () =>
    tab.evaluate(readSite, THEME_KEY).catch((error: unknown): SiteShown => ({
      heading: `(unreadable: ${error instanceof Error ? error.message : String(error)})`,
      theme: null,
      kept: null,
      checked: null,
      background: '',
    }));
  const matches = (shown: SiteShown) =>
    Object.entries(want).every(([key, value]) => shown[key as keyof SiteShown] === value);
  const shown = await poll(read, matches, {
    message: `the page showing ${JSON.stringify(want)}`,
  }).catch(read);
  expect(shown, 'the page').toMatchObject(want);
}

/**
 * Follows a link that loads a whole new page: what the old page saw is kept
 * first, and the probe is installed in the new one (classic WebDriver has no
 * hook on a new document), so a problem on either is still reported.
 */
export async function followLink(tab: Tab, name: string, title: string): Promise<void> {
  expect(await tab.problems(), `before following "${name}"`).toEqual([]);
  await tab.click({ role: 'link', name });
  await expectSite(tab, { heading: title });
  await tab.evaluate(installProbe);
}

/** Chooses a theme in the footer's control. */
export function chooseTheme(tab: Tab, theme: Theme): Promise<void> {
  return tab.click({
    role: 'radio',
    name: site.footer.theme[theme],
    group: site.footer.theme.legend,
  });
}

/** The way back to the guide from a page beside it (the header's name), and the start page's h1. */
export const START = { link: ui.app.shortName, heading: ui.start.heading } as const;
