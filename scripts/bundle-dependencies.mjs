// What the start-up bundle (scripts/bundle.mjs) changes in how its dependencies load and run, for
// a short-lived process: each plugin gives the same results, and checkDependencies fails the build
// where one no longer takes effect (a moved or changed package would otherwise slip past it).
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A stand-in for the built-in module `name` in the modules whose path matches `importer`, which
 * requires the real one on first use: a module that is loaded but seldom used is then never loaded at
 * all. For a CommonJS importer, a Proxy that requires it when a property is first read; for an ES
 * module, whose imported names esbuild copies when it loads, one function per name in `functions`.
 */
export const lazyBuiltin = (name, importer, functions) => ({
  name: `lazy-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(node:)?${name}$`) }, (args) => (importer.test(args.importer) ? { path: name, namespace: `lazy-${name}` } : undefined));
    b.onLoad({ filter: /.*/, namespace: `lazy-${name}` }, () => ({
      contents: functions
        ? functions.map((f) => `exports.${f} = (...args) => require('node:${name}').${f}(...args);`).join('\n')
        : `let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:${name}'))[key] });`,
      loader: 'js',
    }));
  },
});

// Commander requires node:child_process at load time, only to spawn executable subcommands (chiso has
// none); loading it (with net, dgram, …) was a good part of every call's start-up.
const lazyChildProcess = lazyBuiltin('child_process', /[\\/]node_modules[\\/]commander[\\/]/);

// string-width makes its Intl.Segmenter when it loads, and the first Segmenter starts ICU's
// segmentation (about 15 ms of CPU here, a tenth of a call for help). chiso measures text of
// one-column characters itself (render/wrap.ts), so most calls never segment anything: the
// Segmenter is made on string-width's first real use instead. Same results, checked below.
const SEGMENTER = 'const segmenter = new Intl.Segmenter();';
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    // string-width 7, chiso's own (cli-table3 has its own string-width 4, which needs no Segmenter).
    const own = realpathSync('node_modules/string-width/index.js'); // esbuild reports real paths
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      if (args.path !== own) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(SEGMENTER)) throw new Error(`bundle: ${args.path} no longer makes its Segmenter as expected`);
      const lazy = 'let realSegmenter; const segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };';
      return { contents: text.replace(SEGMENTER, lazy), loader: 'js' };
    });
  },
};

// cli-table3 measures every cell again with its own string-width 4, whose emoji regex is slow to
// compile and to run in a short-lived process (about 15 ms of a report here). chiso has laid the
// table out already with render/wrap.ts's textWidth (string-width 7, one-column text counted
// directly): the bundle gives cli-table3 that same measure, so drawing agrees with the layout.
const tableWidth = {
  name: 'table-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width', namespace: 'table-width' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'table-width' }, () => ({
      contents: "module.exports = require('./src/render/wrap.ts').textWidth;",
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};

// Three of cli-table3's steps cost a long table most of its drawing time in a short-lived process,
// each rewritten here to the same result: the per-cell option merge splits and camel-cases the same
// 16 option names for every cell and allocates for each lookup; every line drawn truncates its cell's
// text (for Vietnamese, a character at a time, measuring the rest each time) for a debug message
// that is kept only when debugging is on; and the search for gaps to fill is quadratic in cells
// although a table of full rows without spans has none. Measured interleaved, CPU ms: trend
// 207 → 165, datasets 253 → 183, departments 172 → 133, gaps 97 → 76; tables drawn the same.
const TABLE_PATCHES = {
  'cell.js': [
    [
      `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}`,
      `const camelNames = new Map();
const defined = (v) => v !== undefined && v !== null;
function setOption(objA, objB, nameB, targetObj) {
  let nameA = camelNames.get(nameB);
  if (nameA === undefined) {
    const parts = nameB.split('-');
    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);
    camelNames.set(nameB, (nameA = parts.join('')));
  }
  if (nameA !== nameB) {
    const a = objA[nameA], b = objA[nameB], c = objB[nameA], d = objB[nameB];
    targetObj[nameA] = defined(a) ? a : defined(b) ? b : defined(c) ? c : defined(d) ? d : undefined;
  } else {
    const a = objA[nameB], b = objB[nameB];
    targetObj[nameB] = defined(a) ? a : defined(b) ? b : undefined;
  }
}`,
    ],
    [
      `    let content = utils.truncate(this.content, 10, this.truncate);
    if (!lineNum) {
      info(\`\${this.y}-\${this.x}: \${this.rowSpan - lineNum}x\${this.colSpan} Cell \${content}\`);
    } else {`,
      `    if (!lineNum && debugLevel() >= INFO) {
      const content = utils.truncate(this.content, 10, this.truncate);
      info(\`\${this.y}-\${this.x}: \${this.rowSpan - lineNum}x\${this.colSpan} Cell \${content}\`);
    } else {`,
    ],
    [`const { info, debug } = require('./debug');`, `const { info, debug, level: debugLevel, INFO } = require('./debug');`],
  ],
  'debug.js': [[`debug.debugMessages = () => messages;`, `debug.debugMessages = () => messages;\ndebug.level = () => level;`]],
  'layout-manager.js': [
    [
      `    let w_max = maxWidth(table);
    debug(\`Max rows: \${h_max}; Max cols: \${w_max}\`);
`,
      `    let w_max = maxWidth(table);
    debug(\`Max rows: \${h_max}; Max cols: \${w_max}\`);
    if (table.every((row) => row.length === w_max && row.every((cell) => cell.colSpan === 1 && cell.rowSpan === 1))) return;
`,
    ],
  ],
};
const tableHotSpots = {
  name: 'table-hot-spots',
  setup(b) {
    b.onLoad({ filter: /[\\/]cli-table3[\\/]src[\\/](cell|debug|layout-manager)\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      for (const [from, to] of TABLE_PATCHES[args.path.split(/[\\/]/).pop()]) {
        if (!text.includes(from)) throw new Error(`bundle: ${args.path} no longer reads as patched here (cli-table3 changed?)`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

// simple-statistics' ES build is one file of every function, and loading it computes tables chiso
// never reads (the standard normal table: about 1 ms of each call that reaches a mean or a median).
// Its source, one module per function, is that same code; the bundle takes it from there, marked
// free of side effects (what its modules do at load is compute constants), so only the modules of
// the functions chiso imports are in the bundle, checked below.
const statisticsByFunction = {
  name: 'statistics-by-function',
  setup(b) {
    const root = realpathSync('node_modules/simple-statistics');
    b.onResolve({ filter: /^simple-statistics$/ }, () => ({ path: resolve(root, 'index.js'), sideEffects: false }));
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.importer.startsWith(root) ? { path: resolve(args.resolveDir, args.path), sideEffects: false } : undefined,
    );
  },
};

/** The plugins, in the order esbuild is to try them. */
export const DEPENDENCY_PLUGINS = [lazyChildProcess, lazySegmenter, tableWidth, tableHotSpots, statisticsByFunction];

/** Throws where a plugin above did not take effect in a bundle's text. */
export function checkDependencies(text) {
  if (!text.includes('realSegmenter')) throw new Error('bundle: string-width still makes its Segmenter when it loads');
  if (text.includes('cli-table3/node_modules/string-width')) throw new Error('bundle: cli-table3 still has its own string-width');
  if (text.includes('cli-table3/src/cell.js') && !text.includes('camelNames')) throw new Error('bundle: cli-table3 is drawn unpatched');
  if (text.includes('standardNormalTable')) throw new Error('bundle: simple-statistics still brings the functions chiso does not call');
}
