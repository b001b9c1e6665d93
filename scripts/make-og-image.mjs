/**
 * Writes `public/og-image.png`, the 1200×630 picture a link preview shows
 * (Open Graph, and the summary card): the guide's name and what it does, in
 * its own look, drawn by Chromium from a small page and screenshotted. The
 * words come from `src/content/site.ts`, never an answer or a name. Run
 * `node scripts/make-og-image.mjs` after changing them; the output is
 * committed, as the icons are, so builds never run this.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

const { module: content } = await runnerImport('./src/content/site.ts');
const { module: vitePlugin } = await runnerImport('./src/site/vite-plugin.ts');
/** @type {{ title: string, description: string }} */
const preview = content.site.preview;
/** @type {{ file: string, width: number, height: number }} */
const image = vitePlugin.OG_IMAGE;

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const html = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${image.width}px; height: ${image.height}px; }
  body {
    box-sizing: border-box; padding: 48px 88px 56px; background: #ffffff; color: #1b1f24;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    border-top: 24px solid #0b6e4f; display: flex; flex-direction: column; justify-content: center;
  }
  .sign { flex: none; width: 112px; height: 112px; border-radius: 50%; background: #b91c1c; position: relative; margin-bottom: 36px; }
  .sign::after { content: ''; position: absolute; left: 22px; right: 22px; top: 46px; height: 20px; background: #fff; }
  h1 { font-size: 76px; line-height: 1.1; margin: 0 0 28px; letter-spacing: -0.01em; }
  p { font-size: 34px; line-height: 1.35; margin: 0; color: #4a5360; max-width: 980px; }
</style></head><body>
  <div class="sign"></div>
  <h1>${escape(preview.title)}</h1>
  <p>${escape(preview.description)}</p>
</body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: image.width, height: image.height } });
  await page.setContent(html);
  writeFileSync(`public/${image.file}`, await page.screenshot({ type: 'png' }));
  console.log(`wrote public/${image.file} (${image.width}×${image.height})`);
} finally {
  await browser.close();
}
