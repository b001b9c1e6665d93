// @vitest-environment node
/**
 * The layer rule in `.dependency-cruiser.cjs`, tried on planted imports: one
 * against the grain from each layer is caught, and the same files importing
 * down are not. The real tree is checked by `npm run lint`.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;
const root = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a tiny tree into a fresh folder and cruises it with the project's rules. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { forbidden, options } = config;
  // From the tree's own folder (`baseDir`, not `process.chdir`, which Vitest's worker threads refuse).
  const result = await cruise(['src'], {
    ...options,
    baseDir: dir,
    tsConfig: undefined,
    validate: true,
    ruleSet: { forbidden },
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const AGAINST_THE_GRAIN: [from: string, to: string, rule: string][] = [
  ['flow', 'content', 'layer-flow'],
  ['flow', 'platform', 'layer-flow'],
  ['content', 'message', 'layer-content'],
  ['message', 'app', 'layer-message'],
  ['message', 'platform', 'layer-message'],
  ['app', 'ui', 'layer-app'],
  ['platform', 'app', 'layer-platform'],
];

describe('the layer rule', () => {
  it.each(AGAINST_THE_GRAIN)('catches %s importing from %s', async (from, to, rule) => {
    const found = await violations({
      [`src/${to}/thing.ts`]: 'export const thing = 1;\n',
      [`src/${from}/user.ts`]: `import { thing } from '../${to}/thing';\nexport const user = thing;\n`,
    });
    expect(found).toEqual([`${rule}: src/${from}/user.ts → src/${to}/thing.ts`]);
  });

  it('lets every layer import the ones below it', async () => {
    const found = await violations({
      'src/flow/ids.ts': 'export const id = 1;\n',
      'src/content/words.ts': "import { id } from '../flow/ids';\nexport const words = id;\n",
      'src/message/render.ts':
        "import { words } from '../content/words';\nexport const text = words;\n",
      'src/platform/store.ts': 'export const store = 1;\n',
      'src/app/state.ts':
        "import { text } from '../message/render';\nimport { store } from '../platform/store';\nexport const state = text + store;\n",
      'src/ui/view.ts': "import { state } from '../app/state';\nexport const view = state;\n",
    });
    expect(found).toEqual([]);
  });

  it('catches Svelte imported below the app', async () => {
    const found = await violations({
      'node_modules/svelte/package.json': '{"name":"svelte","main":"index.js"}',
      'node_modules/svelte/index.js': 'export const tick = 1;\n',
      'src/message/draft.ts': "import { tick } from 'svelte';\nexport const draft = tick;\n",
    });
    expect(found.map((line) => line.split(':')[0])).toEqual(['pure-below-app']);
  });

  it('catches a cycle within a layer', async () => {
    const found = await violations({
      'src/flow/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/flow/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(found.some((line) => line.startsWith('no-circular'))).toBe(true);
  });
});
