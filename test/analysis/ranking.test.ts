import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, rankBy } from '../../src/analysis/ranking.js';
import { competitionRankOf, competitionRanks } from '../../src/analysis/ties.js';
import { MIN_COVERAGE } from '../../src/analysis/coverage.js';
import type { Observation } from '../../src/model/types.js';

/** Distinct keys with values drawn from a small set, so that ties are frequent. */
const items = fc.uniqueArray(
  fc.record({
    key: fc.stringMatching(/^[a-z]{1,6}$/),
    value: fc.oneof(
      fc.integer({ min: 0, max: 8 }).map((x) => x / 2),
      fc.double({ min: -100, max: 100, noNaN: true }),
    ),
  }),
  { selector: (i) => i.key, minLength: 0, maxLength: 40 },
);

describe('competitionRanks (properties)', () => {
  it('gives each item the place competitionRankOf counts for it alone', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = competitionRanks(xs);
        const values = xs.map((x) => x.value);
        for (const x of xs) expect(competitionRankOf(values, x.value)).toBe(r.get(x.key)!.rank);
      }),
    );
  });

  it('gives every item a rank within 1..N', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = competitionRanks(xs);
        expect(r.size).toBe(xs.length);
        for (const { rank } of r.values()) expect(rank >= 1 && rank <= xs.length && Number.isInteger(rank)).toBe(true);
      }),
    );
  });

  it('gives equal values the same rank, and names each other as tied', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = competitionRanks(xs);
        for (const a of xs) {
          const same = xs
            .filter((b) => b.key !== a.key && b.value === a.value)
            .map((b) => b.key)
            .sort();
          expect(r.get(a.key)!.rank).toBe(Math.min(...xs.filter((b) => b.value === a.value).map((b) => r.get(b.key)!.rank)));
          expect([...r.get(a.key)!.tiedWith].sort()).toEqual(same);
        }
      }),
    );
  });

  it('orders ranks as the values: higher value, better (smaller) rank; rank = 1 + number strictly better', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = competitionRanks(xs);
        for (const a of xs) {
          expect(r.get(a.key)!.rank).toBe(1 + xs.filter((b) => b.value > a.value).length);
          for (const b of xs) if (a.value > b.value) expect(r.get(a.key)!.rank).toBeLessThan(r.get(b.key)!.rank);
        }
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        items.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        ([xs, shuffled]) => {
          const a = competitionRanks(xs);
          const b = competitionRanks(shuffled);
          for (const { key } of xs) expect(b.get(key)).toEqual(a.get(key));
        },
      ),
    );
  });

  it('ranks 1, 2, 2, 4 on the textbook example', () => {
    const r = competitionRanks([
      { key: 'd', value: 1 },
      { key: 'b', value: 5 },
      { key: 'a', value: 9 },
      { key: 'c', value: 5 },
    ]);
    expect(['a', 'b', 'c', 'd'].map((k) => r.get(k)!.rank)).toEqual([1, 2, 2, 4]);
    expect(r.get('b')!.tiedWith).toEqual(['c']);
    expect(r.get('a')!.tiedWith).toEqual([]);
  });
});

describe('percentile', () => {
  it('is 1 at the top, 0 at the bottom, and 1 when alone', () => {
    expect(percentile(1, 63)).toBe(1);
    expect(percentile(63, 63)).toBe(0);
    expect(percentile(41, 63)).toBeCloseTo(22 / 62);
    expect(percentile(1, 1)).toBe(1);
  });
});

const row = (province: string, composite?: number, rank?: number, rankOf?: number): Observation => ({
  province,
  line: 2,
  composite,
  rank,
  rankOf,
  values: {},
  componentRanks: {},
  sources: [],
});

describe('rankBy', () => {
  const value = (r: Observation) => r.composite;
  const published = (r: Observation) => r.rank;

  it('uses a published rank with its own denominator and keeps where the scores would put it', () => {
    const set = rankBy([row('a', 60), row('b', 70), row('c', 60, 3, 63)], value, published, 4);
    expect(set.ranks.get('c')).toMatchObject({ rank: 3, of: 63, origin: 'published', tiedWith: [], byScore: { rank: 2, of: 3, tiedWith: ['a'] } });
    expect(set.ranks.get('a')).toMatchObject({ rank: 2, of: 3, origin: 'computed', tiedWith: ['c'] });
  });

  it('computes no rank when fewer than MIN_COVERAGE of the expected provinces have a value, but keeps published ones', () => {
    const rows = [row('a', 90, 1), row('b', 80)];
    const low = rankBy(rows, value, published, Math.floor(rows.length / MIN_COVERAGE) + 1);
    expect(low.computable).toBe(false);
    expect(low.ranks.get('a')).toMatchObject({ rank: 1, origin: 'published' });
    expect(low.ranks.has('b')).toBe(false);
    const enough = rankBy(rows, value, published, rows.length / MIN_COVERAGE);
    expect(enough.computable).toBe(true);
    expect(enough.ranks.get('b')).toMatchObject({ rank: 2, of: 2, origin: 'computed' });
  });

  it('gives the published denominator as the expected number of units when the file states none', () => {
    expect(rankBy([row('a', undefined, 5)], value, published, 63).ranks.get('a')).toMatchObject({ rank: 5, of: 63 });
  });
});

describe('rankBy against a brute-force reference', () => {
  const value = (r: Observation) => r.composite;
  const published = (r: Observation) => r.rank;
  const drawn = fc.array(
    fc.record({
      value: fc.option(
        fc.oneof(
          fc.integer({ min: 0, max: 6 }).map((x) => x / 2),
          fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true }),
        ),
        { nil: undefined },
      ),
      rank: fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }),
    }),
    { maxLength: 40 },
  );

  it('gives every row the competition place among the values, the tied codes in code order, and the published rank where there is one', () => {
    fc.assert(
      fc.property(drawn, fc.integer({ min: 1, max: 60 }), fc.boolean(), (draws, expected, shuffleCodes) => {
        const codes = draws.map((_, i) => `p${String(shuffleCodes ? (i * 7) % 41 : i).padStart(2, '0')}x${i}`);
        const rows = draws.map((d, i) => row(codes[i]!, d.value, d.rank));
        const set = rankBy(rows, value, published, expected);
        const valued = rows.filter((r) => r.composite !== undefined);
        const computable = valued.length / expected >= MIN_COVERAGE;
        expect(set.computable).toBe(computable);
        expect(set.withValue).toBe(valued.length);
        for (const r of rows) {
          const place = computable && r.composite !== undefined ? 1 + valued.filter((o) => o.composite! > r.composite!).length : undefined;
          const tied =
            place === undefined
              ? []
              : valued
                  .filter((o) => o.composite === r.composite && o !== r)
                  .map((o) => o.province)
                  .sort();
          expect(set.place(r.province)).toBe(place);
          const got = set.ranks.get(r.province);
          if (r.rank !== undefined) {
            expect(got).toMatchObject({ rank: r.rank, of: expected, origin: 'published', tiedWith: [] });
            if (place === undefined) expect(got!.byScore).toBeUndefined();
            else expect({ ...got!.byScore }).toEqual({ rank: place, of: valued.length, tiedWith: tied });
          } else if (place === undefined) expect(got).toBeUndefined();
          else expect({ ...got }).toEqual({ rank: place, of: valued.length, percentile: percentile(place, valued.length), origin: 'computed', tiedWith: tied });
        }
      }),
      { numRuns: 300 },
    );
  });
});
