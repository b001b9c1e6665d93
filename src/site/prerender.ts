/**
 * The server entry for the public site around the guide, run at build time
 * (see site/vite-plugin.ts): the footer every page carries, and the pages
 * beside the guide as whole documents, readable with JavaScript off.
 */
import { render } from 'svelte/server';
import { site, type SitePage as Page } from '../content/site';
import { ui } from '../content/ui';
import type { Contact } from '../content/site';
import { privacyFacts } from './facts';
import Footer from './Footer.svelte';
import NotFound from './NotFound.svelte';
import SitePage from './SitePage.svelte';

/** What each page's `<head>` links to, all worked out by the build. */
export interface Shell {
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** The Content-Security-Policy the guide's own page carries. */
  readonly csp: string;
  /** The theme script's URL: a classic, blocking script, so the theme is set before the first paint. */
  readonly themeScript: string;
  /** Stylesheet URLs, in order. */
  readonly stylesheets: readonly string[];
  /** How to report an accessibility problem (`SITE_CONTACT`), if set. */
  readonly contact?: Contact | undefined;
}

/** Svelte's hydration markers: these pages are never hydrated. */
const withoutMarkers = (html: string) => html.replace(/<!--[^>]*-->/g, '');

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The footer's markup, as every page (the guide's included) carries it. */
export function renderFooter(base: string): string {
  return withoutMarkers(render(Footer, { props: { base } }).body);
}

function documentHtml(shell: Shell, title: string, description: string, main: string): string {
  const { base } = shell;
  const links = shell.stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeAttr(href)}">`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttr(shell.csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <script src="${escapeAttr(shell.themeScript)}"></script>
    <title>${escapeAttr(title + ui.app.titleSuffix)}</title>
    <meta name="description" content="${escapeAttr(description)}">
    <link rel="icon" href="${base}favicon.ico" sizes="any">
    ${links}
  </head>
  <body class="site-page">
    <a class="site-skip" href="#main">${ui.app.skipLink}</a>
    <header class="site-header">
      <div class="site-width"><a class="site-header__name" href="${base}">${ui.app.shortName}</a></div>
    </header>
    <div class="site-width">
      <main id="main" class="site-main">
${main}
      </main>
    </div>
    ${renderFooter(base)}
  </body>
</html>
`;
}

function pageHtml(shell: Shell, page: Page): string {
  const body = withoutMarkers(render(SitePage, { props: { page, base: shell.base } }).body);
  return documentHtml(shell, page.title, page.description, body);
}

/** Every page beside the guide, keyed by its file name under the build's output. */
export function renderSitePages(shell: Shell): Record<string, string> {
  const notFound = withoutMarkers(render(NotFound, { props: { base: shell.base } }).body);
  return {
    'privacy/index.html': pageHtml(shell, site.privacy(privacyFacts)),
    'accessibility/index.html': pageHtml(shell, site.accessibility(shell.contact)),
    '404.html': documentHtml(shell, site.notFound.title, site.notFound.description, notFound),
  };
}
