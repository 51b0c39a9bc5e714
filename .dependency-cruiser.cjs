/**
 * The import rules of the layout (README "Layout"), checked by `npm run lint:deps` inside `npm test`.
 * Browser code is src/scripts, src/islands and the src/lib folders whose modules may reach the browser
 * (search/engine, citation, site, explore's state and views). Type-only imports are allowed everywhere:
 * they vanish from the bundle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const BUILD_ONLY_LIB = '^src/lib/(model|editorial|i18n|publishing|build|search/indexer)/';
const BROWSER = '^src/(scripts|islands)/|^src/lib/(search/engine|citation|site)/';
const BUILD_ONLY_PACKAGES =
  '^(pinyin-pro|opencc-js|d3-force|d3-hierarchy|satori|@resvg/resvg-js|yaml|workbox-build|@fontsource/)';

module.exports = {
  forbidden: [
    {
      name: 'browser-imports-build-time-module',
      comment: 'Code that runs in the browser must not import a build-time module (it would ship it, or break).',
      severity: 'error',
      from: { path: BROWSER },
      to: {
        path: `${BUILD_ONLY_LIB}|^src/(data|pages|components|layouts)/`,
        // the search scripts' dictionary section imports nothing: the one part of the dictionaries browsers load
        pathNot: '^src/lib/i18n/dict/(zh|en)/search-script\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'browser-imports-build-time-package',
      comment: 'Build-time libraries (pinyin, traditional forms, layout, share cards) never reach the browser.',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: BUILD_ONLY_PACKAGES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-imports-node',
      comment: 'Node built-ins are not in the browser.',
      severity: 'error',
      from: { path: BROWSER },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-imports-routes-or-data',
      comment: 'src/lib is pure: it never imports the data layer (src/data), routes, components or islands.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(data|pages|components|layouts|islands|scripts)/' },
    },
    {
      name: 'schemas-import-lib',
      comment: 'Schemas describe data and depend on nothing in src/lib (src/lib may import them).',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(lib|data|pages|components|layouts|islands|scripts)/' },
    },
    {
      name: 'src-imports-tests',
      comment: 'Test-only modules live in tests/; nothing in src imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
