// @vitest-environment node
/**
 * The messages stay off the first view only while the bundler can drop them
 * from it: an object spread in a template module (`{ ...BOOKED, stage }`) keeps
 * the whole module, and every template with it, in the start page's script.
 * `tests/e2e/budget.spec.ts` would catch the bytes; this says where, at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.includes('.test.'));

describe('the template modules', () => {
  it.each(modules)('%s spreads no object', (name) => {
    const code = readFileSync(`${dir}/${name}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\{\s*\.\.\.|,\s*\.\.\.\w/);
  });
});
