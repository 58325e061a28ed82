/** Layer rules of chiso (DESIGN.md): checked by `npm run lint:deps`, part of `npm test`. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'model-is-a-leaf',
      comment: 'model imports nothing of ours',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'analysis-is-pure',
      comment: 'analysis imports only model (and itself)',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { path: '^src/', pathNot: '^src/(model|analysis)/' },
    },
    {
      name: 'analysis-no-node',
      comment: 'analysis does no I/O',
      severity: 'error',
      from: { path: '^src/(analysis|model|check)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'check-below-load',
      comment: 'the dataset checks build on model and analysis, never on files',
      severity: 'error',
      from: { path: '^src/check/' },
      to: { path: '^src/', pathNot: '^src/(model|analysis|check)/' },
    },
    { name: 'load-below-commands', severity: 'error', from: { path: '^src/load/' }, to: { path: '^src/(commands|cli|render|i18n|analysis)/' } },
    {
      name: 'render-no-load',
      comment: 'views and labels never read files',
      severity: 'error',
      from: { path: '^src/(render|i18n)/|^src/commands/[^/]+/(view|labels)\\.ts$' },
      to: { path: '^src/(load|cli)/' },
    },
    { name: 'render-below-commands', severity: 'error', from: { path: '^src/(render|i18n)/' }, to: { path: '^src/commands/' } },
    {
      name: 'runner-no-view',
      comment: 'runners never import views, labels or commander',
      severity: 'error',
      from: { path: '^src/commands/[^/]+/(run|result)\\.ts$|^src/commands/[^/]+/run-' },
      to: { path: '(^src/commands/[^/]+/(view|labels|command)\\.ts$)|(^src/(render|i18n|cli)/)|node_modules/commander' },
    },
    {
      name: 'commands-stand-alone',
      comment: 'a command folder imports only its own files and commands/shared: what two commands share lives below them',
      severity: 'error',
      from: { path: '^src/commands/([^/]+)/' },
      to: { path: '^src/commands/', pathNot: ['^src/commands/$1/', '^src/commands/shared/'] },
    },
    { name: 'only-cli-above', comment: 'nothing imports the CLI', severity: 'error', from: { path: '^src/', pathNot: '^src/cli/' }, to: { path: '^src/cli/' } },
    { name: 'no-orphans', severity: 'error', from: { orphan: true, pathNot: '\\.d\\.ts$' }, to: {} },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
