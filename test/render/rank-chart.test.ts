import { describe, expect, it } from 'vitest';
import { rankChart } from '../../src/render/rank-chart.js';

describe('rank chart', () => {
  const points = [
    { year: 2020, rank: 59, of: 63 },
    { year: 2021, rank: 3, of: 63 },
    { year: 2022, rank: 30, of: 63 },
    { year: 2023, rank: 30, of: 61 },
  ];

  it('puts each year on the row labelled with its exact rank, best at the top', () => {
    const { lines } = rankChart(points, 100);
    const rowOf = (rank: number) => lines.findIndex((l) => l.startsWith(`${String(rank).padStart(2)}┤`));
    expect([rowOf(3), rowOf(30), rowOf(59)]).toEqual([0, 1, 2]);
    // Year i occupies columns 3 + 5i … 3 + 5i + 4; its segment is on its rank's row.
    points.forEach((p, i) => expect(lines[rowOf(p.rank)]![3 + 5 * i + 2]).toBe('─'));
    expect(lines.at(-2)).toBe('   2020 2021 2022 2023');
    expect(lines.at(-1)).toBe('   /63  /63  /63  /61');
  });

  it('draws the latest years that fit and hands back the earlier ones', () => {
    const many = Array.from({ length: 17 }, (_, i) => ({ year: 2006 + i, rank: ((i * 7) % 63) + 1, of: 63 }));
    const { lines, left } = rankChart(many, 60);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(left.map((p) => p.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011]);
    expect(lines.at(-2)).toMatch(/^ {3}2012 .* 2022$/);
  });
});

describe('rank chart across a change of denominator (63 → 34)', () => {
  // Synthetic series: 59/63 (percentile 6), 41/63 (35), then 20/34 (42) after the 2025 merger.
  const points = [
    { year: 2021, rank: 41, of: 63 },
    { year: 2022, rank: 59, of: 63 },
    { year: 2025, rank: 20, of: 34 },
  ];

  it('draws percentiles, best at the top, and labels each year with its rank out of its N', () => {
    const chart = rankChart(points, 100);
    expect(chart.scale).toBe('percentile');
    const rowOf = (p: number) => chart.lines.findIndex((l) => l.startsWith(`${String(p).padStart(2)}┤`));
    // 20/34 is percentile 42 and above 41/63 (35): on rank rows it would sit above rank 41 by its number alone.
    expect([rowOf(42), rowOf(35), rowOf(6)]).toEqual([0, 1, 2]);
    points.forEach((p, i) => expect(chart.lines[[rowOf(35), rowOf(6), rowOf(42)][i]!]![3 + 6 * i + 2]).toBe('─'));
    expect(chart.lines.at(-2)).toBe('   2021  2022  2025');
    expect(chart.lines.at(-1)).toBe('   41/63 59/63 20/34');
  });

  it('keeps rank rows when the denominators are close (63 and 61)', () => {
    expect(rankChart([points[0]!, { year: 2023, rank: 30, of: 61 }], 100).scale).toBe('rank');
  });
});
