import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyTiedWith } from '../../src/analysis/ties.js';

describe('lazyTiedWith', () => {
  it('lists the group without the member, in the group order, on every read', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'p1', 'p10', ''), { minLength: 1, maxLength: 12 }), fc.nat(), (group, pick) => {
        const key = group[pick % group.length]!;
        const member = lazyTiedWith({ rank: 1 }, group, key);
        const expected = group.length === 1 ? [] : group.filter((k) => k !== key);
        expect(member.tiedWith).toEqual(expected);
        expect(member.tiedWith).toEqual(expected);
        expect(JSON.parse(JSON.stringify(member))).toEqual({ rank: 1, tiedWith: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the shared group as it was', () => {
    const group = ['a', 'b', 'c'];
    const members = group.map((k) => lazyTiedWith({}, group, k));
    expect(members.map((m) => m.tiedWith)).toEqual([
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'b'],
    ]);
    expect(group).toEqual(['a', 'b', 'c']);
  });
});
