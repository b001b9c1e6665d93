/**
 * The layers of src/ and the one rule between them: imports run one way, from
 * the interface down to the decision.
 *
 *   ui/       → app/, message/, content/, flow/, platform/
 *   site/     → app/, message/, content/, flow/, platform/ (the pages beside the guide)
 *   app/      → message/, content/, flow/, platform/
 *   message/  → content/, flow/
 *   content/  → flow/
 *   flow/     → nothing of ours
 *   platform/ → nothing of ours
 *
 * `npm run lint` runs this (`depcruise`); `src/layers.test.ts` plants a wrong
 * import in each direction and checks that it is caught.
 */
const LAYERS = {
  ui: ['app', 'message', 'content', 'flow', 'platform'],
  site: ['app', 'message', 'content', 'flow', 'platform'],
  app: ['message', 'content', 'flow', 'platform'],
  message: ['content', 'flow'],
  content: ['flow'],
  flow: [],
  platform: [],
};
const ALL = Object.keys(LAYERS);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      comment: `src/${layer}/ may import only from ${allowed.length ? allowed.map((l) => `src/${l}/`).join(', ') : 'itself'}: imports run from the interface down.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: {
        path: `^src/(${ALL.filter((l) => l !== layer && !allowed.includes(l)).join('|')})/`,
      },
    })),
    {
      name: 'pure-below-app',
      comment: 'The decision, the words and the message are plain code: no Svelte, no DOM.',
      severity: 'error',
      from: { path: '^src/(flow|content|message)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(svelte|svelte/.*)$|node_modules/svelte/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes a layer depend on itself through another.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entries-only-import-down',
      comment: 'Nothing imports the entry points.',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|prerender)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-ssr|coverage|reports)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'],
      conditionNames: ['import', 'svelte', 'browser', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
