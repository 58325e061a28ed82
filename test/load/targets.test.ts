import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTargets } from '../../src/load/targets.js';
import { openData } from '../../src/load/open-data.js';
import { english } from '../../src/model/text.js';

const defs = openData('test/fixtures/synthetic-targets/data').defs;
const dir = mkdtempSync(join(tmpdir(), 'chiso-targets-'));
const issuesOf = (text: string) => {
  const path = join(dir, 't.csv');
  writeFileSync(path, text);
  return loadTargets(path, defs).issues.map((i) => `${i.line}:${i.column} ${english(i.message)}`);
};
const HEAD = 'index,measure,year,kind,value,department,note\n';

describe('targets file checks (synthetic)', () => {
  it('locates every bad cell by line and column', () => {
    expect(issuesOf(`${HEAD}pci,nope,2021,score,6,,\npci,pci,2021,percentile,120,,\npci,pci,2021,rank,2.5,,\nxyz,pci,2021,score,1,,\n`)).toEqual([
      '2:2 measure: "nope" is neither PCI\'s composite (pci) nor one of its components',
      '3:5 value: a percentile target is between 0 and 100, got 120',
      '4:5 value: a rank target must be a whole number of at least 1, got 2.5',
      '5:1 index: unknown index "xyz"',
    ]);
  });

  it('reads "75%" as percentile 75 and an optional province column', () => {
    const path = join(dir, 'p.csv');
    writeFileSync(path, 'index,measure,year,kind,value,department,note,province\npci,pci,2021,percentile,75%,,,Bravo\n');
    const { targets, issues } = loadTargets(path, defs);
    expect(issues).toEqual([]);
    expect(targets.targets[0]).toMatchObject({ value: 75, province: 'Bravo', line: 2 });
  });
});
