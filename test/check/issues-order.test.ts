import { describe, expect, it } from 'vitest';
import { compareLocations } from '../../src/check/issues.js';
import type { Issue } from '../../src/model/types.js';

const at = (file: string, line?: number): Issue => ({ file, line, severity: 'warning', check: 'order', message: 'x' });

describe('the order of validate findings', () => {
  it('is by path in code-point order (as git lists files), then line: the same under every locale', () => {
    const files = ['data/pci/2016.csv', 'data/a_b.csv', 'data/B.csv', 'data/a-b.csv', 'data/Đà Nẵng.csv', 'data/a.csv'];
    expect(
      files
        .map((f) => at(f))
        .sort(compareLocations)
        .map((i) => i.file),
    ).toEqual(['data/B.csv', 'data/a-b.csv', 'data/a.csv', 'data/a_b.csv', 'data/pci/2016.csv', 'data/Đà Nẵng.csv']);
    expect([at('x.csv', 9), at('x.csv'), at('x.csv', 2)].sort(compareLocations).map((i) => i.line)).toEqual([undefined, 2, 9]);
  });
});
