import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';

// bin/load-bundle.cjs picks a call's bundle and code cache from its arguments (its "kind").
const { kindOf } = createRequire(import.meta.url)('../../bin/load-bundle.cjs') as { kindOf: (argv: string[], env: Record<string, string>) => string };

describe.skipIf(!existsSync('dist/bundle/kinds.json'))('the bundle a call takes (after npm run build)', () => {
  const kinds = JSON.parse(readFileSync('dist/bundle/kinds.json', 'utf8')) as Record<string, string>;

  it('is named for every command, and each one named exists with its code cache', () => {
    expect(Object.keys(kinds).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const kind of new Set([...Object.values(kinds), 'help'])) {
      expect(existsSync(`dist/bundle/${kind}.cjs`), kind).toBe(true);
      expect(existsSync(`dist/bundle/${kind}.cache`), kind).toBe(true);
    }
  });

  it.each([
    [[], 'report'],
    [['--province', 'Huế'], 'report'],
    [['ranks', '--format', 'json'], 'ranks'],
    [['--lang', 'en', 'validate'], 'validate'],
    [['report', '--format', 'md'], 'report'],
    // Commands without a bundle of their own take the whole CLI.
    [['proposals'], 'chiso'],
    [['simulate', '--set', 'pci.entry_costs=+1'], 'chiso'],
    // A data folder of the user's is read from its CSV files, which only the whole CLI reads.
    [['ranks', '--data', 'my-data'], 'chiso'],
    [['ranks', '--data=my-data'], 'chiso'],
    [['--help'], 'help'],
    [['ranks', '-h'], 'help'],
  ])('%j → %s', (argv, kind) => {
    expect(kindOf(argv, {})).toBe(kind);
  });

  it('is the whole CLI when CHISO_DATA names a data folder', () => {
    expect(kindOf(['ranks'], { CHISO_DATA: 'my-data' })).toBe('chiso');
    expect(kindOf(['ranks'], { CHISO_DATA: '' })).toBe('ranks');
  });
});
