import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The source tables live outside the repository (../shared/data-sources); where they are present,
// rebuilding must give exactly the bundled files, so that every value stays traceable to them.
const SOURCES = '../shared/data-sources';

describe('scripts/build-data', () => {
  it.skipIf(!existsSync(SOURCES) || !existsSync('dist/scripts/build-data.js'))(
    'rebuilds the bundled year files, sources.csv and the indicator files byte for byte',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'chiso-build-'));
      execFileSync(process.execPath, ['dist/scripts/build-data.js', SOURCES, out], { stdio: 'pipe' });
      const files = [
        'sources.csv',
        'indicators.csv',
        'indicator-values.csv',
        ...['pci', 'papi', 'par-index', 'sipas'].flatMap((i) => readdirSync(join('data', i)).map((f) => join(i, f))),
      ];
      expect(readdirSync(join(out, 'pci')).length).toBe(readdirSync('data/pci').length);
      for (const f of files) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join('data', f), 'utf8'));
    },
  );
});
