import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { loadIndicators } from '../../src/load/indicators.js';
import { indicatorValue } from '../../src/model/indicators.js';

// A made-up indicators file against the bundled definitions: two PCI 2023 indicators, values invented.
const dir = mkdtempSync(join(tmpdir(), 'chiso-indicators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'indicators.csv'),
  'index,year,code,parent,name_vi,name_en,unit,direction,direction_basis\npci,2023,x1,entry_costs,X một,,,lower-better,\npci,2023,x2,entry_costs,X hai,,,higher-better,\n',
);
writeFileSync(
  join(dir, 'indicator-values.csv'),
  [
    'index,year,province,code,value',
    'pci,2023,Hà Nội,x2,0.5', // line 2
    'pci,2023,An Giang,x1,7',
    'pci,2023,Hà Nội,x1,3',
    'pci,2023,Hà Nội,x1,3', // the same value twice: allowed
    'pci,2023,Hà Nội,x1,4', // line 6: a second, different value
    'pci,2023,An Giang,x9,1', // line 7: not in indicators.csv
    'pci,2023,An Giang,x2,abc', // line 8: not a number
    'pci,2023,Nowhere,x2,1', // line 9: no such province
  ].join('\n') + '\n',
);

describe('loadIndicators', () => {
  const { set, issues } = loadIndicators(dir, requireDefinitions('data'));
  const level = set.level('pci', 2023)!;

  it('holds each province value once, in its indicator column, and nothing for a missing one', () => {
    expect(level.indicators.map((d) => d.code)).toEqual(['x1', 'x2']);
    expect(level.provinces).toEqual(['ha-noi', 'an-giang']);
    expect(indicatorValue(level, 'ha-noi', 'x1')).toBe(4);
    expect(indicatorValue(level, 'ha-noi', 'x2')).toBe(0.5);
    expect(indicatorValue(level, 'an-giang', 'x1')).toBe(7);
    expect(indicatorValue(level, 'an-giang', 'x2')).toBeUndefined();
    expect(set.years('pci')).toEqual([2023]);
    expect(set.level('pci', 2022)).toBeUndefined();
  });

  it('reports a conflicting value, an unknown indicator, a non-number and an unknown province at their lines', () => {
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [6, 5],
      [7, 4],
      [8, 5],
      [9, 3],
    ]);
  });
});
