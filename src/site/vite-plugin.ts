/**
 * The public site around the guide, added to the build: the footer on the
 * guide's own page, link previews in its `<head>`, `theme.js`, and the pages
 * beside the guide (privacy, accessibility, not found) as prerendered HTML.
 * The markup comes from src/site/prerender.ts, built for the server first (as
 * the start view is), so every word still comes from src/content.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, minifySync, type HtmlTagDescriptor, type Plugin, type ViteDevServer } from 'vite';
import { site } from '../content/site.ts';
import { contactFrom } from './contact.ts';
import { themeScriptSource } from './theme.ts';

type Prerender = typeof import('./prerender');

/** The link preview image, made by scripts/make-og-image.mjs and committed in public/. */
export const OG_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;

export interface SiteOptions {
  /** The policy the guide's page carries, for the pages beside it. */
  readonly csp: string;
  /** Build-time settings; `process.env` unless given (tests). */
  readonly env?: Record<string, string | undefined>;
}

/** The `<head>` tags of a link preview: the same for every address, never an answer or a name. */
export function previewTags(base: string, siteUrl: string | undefined): HtmlTagDescriptor[] {
  const origin = siteUrl?.replace(/\/+$/, '');
  const url = (path: string) => (origin ? `${origin}${path}` : path);
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs,
    injectTo: 'head',
  });
  return [
    meta({ property: 'og:type', content: 'website' }),
    meta({ property: 'og:title', content: site.preview.title }),
    meta({ property: 'og:description', content: site.preview.description }),
    ...(origin ? [meta({ property: 'og:url', content: url(base) })] : []),
    meta({ property: 'og:image', content: url(`${base}${OG_IMAGE.file}`) }),
    meta({ property: 'og:image:width', content: String(OG_IMAGE.width) }),
    meta({ property: 'og:image:height', content: String(OG_IMAGE.height) }),
    meta({ property: 'og:image:alt', content: site.preview.imageAlt }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
  ];
}

/** CSS for pages no first view waits on: comments and spare whitespace dropped. */
const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

export function sitePages(options: SiteOptions): Plugin {
  const env = options.env ?? process.env;
  let root = process.cwd();
  let base = '/';
  let prerender: Prerender | undefined;

  const themeJs = () => minifySync('theme.js', themeScriptSource()).code;

  return {
    name: 'decline-guide:site-pages',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      const outDir = resolve(root, 'node_modules/.cache/decline-guide-site');
      await build({
        root,
        logLevel: 'warn',
        build: { ssr: 'src/site/prerender.ts', outDir, emptyOutDir: true, copyPublicDir: false },
      });
      const entry = pathToFileURL(resolve(outDir, 'prerender.js')).href;
      prerender = (await import(/* @vite-ignore */ `${entry}?at=${Date.now()}`)) as Prerender;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!prerender) throw new Error('The site pages were not prerendered.');
        if (!html.includes('</body>')) throw new Error('index.html has no </body> for the footer.');
        return {
          html: html.replace('</body>', `${prerender.renderFooter(base)}\n  </body>`),
          tags: [
            { tag: 'script', attrs: { src: `${base}theme.js` }, injectTo: 'head' },
            ...previewTags(base, env.SITE_URL),
          ],
        };
      },
    },
    generateBundle(_options, bundle) {
      if (!prerender) throw new Error('The site pages were not prerendered.');
      const entry = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isEntry && file.name === 'index',
      );
      const guideCss = entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedCss ?? [])] : [];
      if (guideCss.length === 0) throw new Error("The guide's stylesheet was not found.");
      this.emitFile({ type: 'asset', fileName: 'theme.js', source: themeJs() });
      const pagesCss = this.getFileName(
        this.emitFile({
          type: 'asset',
          name: 'pages.css',
          source: compactCss(readFileSync(resolve(root, 'src/site/pages.css'), 'utf8')),
        }),
      );
      const pages = prerender.renderSitePages({
        base,
        csp: options.csp,
        themeScript: `${base}theme.js`,
        stylesheets: [...guideCss, pagesCss].map((file) => `${base}${file}`),
        contact: contactFrom(env.SITE_CONTACT),
      });
      for (const [fileName, source] of Object.entries(pages)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/**
 * The same on the dev server (`npm start`): the footer and `theme.js` on the
 * guide's page, and the pages beside it rendered on each request, with the
 * source stylesheets in place of the built one.
 */
export function sitePagesDev(options: SiteOptions): Plugin {
  const env = options.env ?? process.env;
  let server: ViteDevServer | undefined;
  const load = () => server!.ssrLoadModule('/src/site/prerender.ts') as Promise<Prerender>;
  return {
    name: 'decline-guide:site-pages-dev',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer;
      const { base } = devServer.config;
      const pages: Record<string, string> = {
        [`${base}privacy/`]: 'privacy/index.html',
        [`${base}accessibility/`]: 'accessibility/index.html',
        [`${base}404.html`]: '404.html',
      };
      devServer.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === `${base}theme.js`) {
          res.setHeader('content-type', 'text/javascript');
          res.end(themeScriptSource());
          return;
        }
        const file = pages[path];
        if (!file) return next();
        load().then((prerender) => {
          const stylesheets = [
            'src/ui/shell/global.css',
            'src/site/site.css',
            'src/site/pages.css',
          ];
          const html = prerender.renderSitePages({
            base,
            csp: options.csp,
            themeScript: `${base}theme.js`,
            stylesheets: stylesheets.map((sheet) => `${base}${sheet}`),
            contact: contactFrom(env.SITE_CONTACT),
          })[file];
          res.setHeader('content-type', 'text/html');
          res.end(html);
        }, next);
      });
    },
    async transformIndexHtml(html) {
      const { base } = server!.config;
      return {
        html: html.replace('</body>', `${(await load()).renderFooter(base)}\n  </body>`),
        tags: [{ tag: 'script', attrs: { src: `${base}theme.js` }, injectTo: 'head' }],
      };
    },
  };
}
