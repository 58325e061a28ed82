// The kinds of call that have a bundle and a V8 code cache of their own (issue #15), and the calls
// each cache is made from: the help, the default report, and the commands scripts call in loops, each
// in its table and JSON forms. scripts/bundle.mjs builds a bundle per kind, holding what its calls
// reach; scripts/code-cache.mjs runs the calls to make its cache. `chiso` is the whole CLI, for every
// other call (the other commands, --data DIR, a call a kind's bundle hands over): its cache is made
// from the report's calls, the commonest.
const forms = (...argv) => [argv, [...argv, '--format', 'json']];
// The default report is read from the data cache (src/commands/report/ahead.ts): a report computed
// on the call (any other -n, --year, a day with other department assignments) compiles its analysis too.
const reports = [...forms(), ['-n', '5']];

/** The calls of each kind's code cache. */
export const CALLS = {
  help: [['--help'], ['ranks', '--help']],
  chiso: reports,
  report: reports,
  ranks: forms('ranks'),
  validate: forms('validate'),
  trend: forms('trend'),
  gaps: forms('gaps'),
  changes: forms('changes'),
  weakest: forms('weakest'),
  departments: forms('departments'),
  datasets: forms('datasets'),
};

/** The kinds whose bundle is one command's: the CLI less the other commands' and the CSV path's lazy modules. */
export const COMMAND_KINDS = Object.keys(CALLS).filter((kind) => kind !== 'help' && kind !== 'chiso');
