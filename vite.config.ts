import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'vitest/config';
import { build, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ui } from './src/content/ui.ts';
import { sitePages, sitePagesDev } from './src/site/vite-plugin.ts';

/**
 * The policy the built page carries. `frame-ancestors` cannot be set from a
 * meta tag (browsers ignore it there and say so in the console): it belongs in
 * the response headers, as docs/deploy.md explains.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built page; the dev server injects styles inline, so not there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'interview-or-not:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Renders the start view into index.html at build time, so it shows with the
 * HTML itself, before any script runs; the client then hydrates it in place.
 * The server build of src/prerender.ts runs first, from here, so that a plain
 * `vite build` does it all. Order `pre`, so the service worker's precache
 * revision is computed from the final HTML.
 */
function prerenderStartView(): Plugin {
  let root = process.cwd();
  let base = '/';
  let rendered: { body: string; head: string; noscript: string } | undefined;
  return {
    name: 'interview-or-not:prerender-start-view',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      const outDir = resolve(root, 'dist-ssr');
      await build({
        root,
        logLevel: 'warn',
        build: { ssr: 'src/prerender.ts', outDir, emptyOutDir: true, copyPublicDir: false },
      });
      const entry = pathToFileURL(resolve(outDir, 'prerender.js')).href;
      const { renderStartView } = (await import(
        `${entry}?at=${Date.now()}`
      )) as typeof import('./src/prerender');
      rendered = renderStartView(base);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!rendered) throw new Error('The start view was not prerendered.');
        const app = '<div id="app"></div>';
        if (!html.includes(app) || !/<title>.*<\/title>/.test(html)) {
          throw new Error('index.html lost its empty #app or its <title>: cannot prerender.');
        }
        const noscript = `<noscript><p class="noscript">${rendered.noscript}</p></noscript>`;
        return html
          .replace(/<title>.*<\/title>/, rendered.head)
          .replace(app, `${noscript}\n    <div id="app">${rendered.body}</div>`);
      },
    },
  };
}

/**
 * Asks V8 to compile every function of each script chunk when the chunk is
 * compiled (Chrome's explicit compile hints: the magic comment must be the
 * file's first line), not lazily on each function's first call. A chunk's code
 * is fetched and evaluated ahead of need (on intent, or at idle), so its
 * compilation is done then too, off the step: otherwise the first Start
 * compiles the question page's code in the middle of the click. Browsers
 * without compile hints read it as a comment. Set `COMPILE_HINTS=0` to build
 * without it, for an A/B.
 */
function compileHints(): Plugin {
  return {
    name: 'interview-or-not:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions at the top of each chunk (its preload map).
      order: 'post',
      handler(_options, bundle) {
        if (process.env.COMPILE_HINTS === '0') return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/** Loaded for Vitest only: a build has no use for Vitest's internals. */
const heaviestFirst = process.env.VITEST
  ? (await import('./scripts/heaviest-first.ts')).HeaviestFirst
  : undefined;

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    svelte(),
    svelteTesting(),
    ...(isSsrBuild
      ? []
      : [
          compileHints(),
          contentSecurityPolicy(),
          prerenderStartView(),
          sitePages({ csp: CONTENT_SECURITY_POLICY }),
          sitePagesDev({ csp: CONTENT_SECURITY_POLICY }),
          VitePWA({
            // Registered from src/platform/register-sw.ts after load, off the first view.
            injectRegister: null,
            includeManifestIcons: false,
            manifest: {
              name: ui.app.name,
              short_name: ui.app.shortName,
              description: ui.start.what,
              lang: 'en-US',
              start_url: '/',
              scope: '/',
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#0b6e4f',
              icons: [
                { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
                { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
                {
                  src: 'icon-maskable-512.png',
                  sizes: '512x512',
                  type: 'image/png',
                  purpose: 'maskable',
                },
              ],
            },
            workbox: {
              globPatterns: ['**/*.{js,css,html,ico,png,svg,txt,webmanifest}'],
              // The link preview's picture is for other sites' crawlers, never shown offline.
              globIgnores: ['og-image.png'],
              // A new version takes over at once; the page says a reload picks it up.
              skipWaiting: true,
              clientsClaim: true,
              cleanupOutdatedCaches: true,
              navigateFallback: 'index.html',
              // Only the guide's own address (and its share links) falls back to it. The
              // pages beside it are precached as themselves (`/privacy/` is
              // privacy/index.html), and any other path goes to the host, whose 404.html says so.
              navigateFallbackAllowlist: [/^\/(\?.*)?$/],
              runtimeCaching: [],
            },
          }),
        ]),
  ],
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    reportCompressedSize: true,
    modulePreload: {
      // Every browser that runs this ES2022 build supports modulepreload natively.
      polyfill: false,
      // The entry (the one chunk named for index.html) and its CSS are in the
      // page before any other chunk runs: a chunk loaded later that imports
      // them must not preload them again. Firefox reports such a preload of
      // the entry as a failed load.
      resolveDependencies: (_file, deps) =>
        deps.filter((dep) => !/^assets\/index-[\w-]+\.(js|css)$/.test(dep)),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Vitest's default leaves a core idle (one worker on a 2-core machine), and
    // the two longest files (the property and model tests) then run one after
    // the other: about 290 s here, 200 s with both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker threads, not Vitest's default child processes: each file starts
    // its worker and its jsdom cheaper. The phase took 174 and 188 s (318 and
    // 347 CPU-seconds) against 212 s (395) here; no test needs a process of
    // its own (src/layers.test.ts gives dependency-cruiser a `baseDir`
    // rather than `process.chdir`, which a thread may not call).
    pool: 'threads',
    setupFiles: ['src/test-setup.ts'],
    // The minute-long files first, so the two cores finish together.
    sequence: heaviestFirst ? { sequencer: heaviestFirst } : undefined,
    // jsdom component tests on a busy two-core machine can pass 5 s; a hang still fails.
    testTimeout: 15_000,
    coverage: {
      provider: 'v8',
      include: [
        'src/flow/**/*.ts',
        'src/message/**/*.ts',
        'src/platform/**/*.ts',
        'src/app/**/*.ts',
      ],
      exclude: ['src/**/*.test.ts', 'src/**/test-*.ts', 'src/**/*.svelte.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95 },
    },
  },
}));
