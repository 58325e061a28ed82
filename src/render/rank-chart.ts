import { plot } from 'asciichart';

/** One ranked year of a chart. */
export interface ChartPoint {
  year: number;
  rank: number;
  of: number;
}

/** Chart size: rows of the plot, and columns per year (years are labelled when there are at least 5). */
export interface ChartSize {
  height: number;
  columnsPerYear: number;
}

/** The default size: tall enough to tell ten places apart on a 63-province scale, one label per year. */
export const CHART_SIZE: ChartSize = { height: 10, columnsPerYear: 5 };

/**
 * Rank over the years as an ASCII step chart, rank 1 at the top and the largest denominator at the
 * bottom, with the years underneath. Years without a rank are left out (no line is drawn through
 * them): the year labels show the gap.
 */
export function rankChart(points: ChartPoint[], size: ChartSize = CHART_SIZE): string[] {
  if (points.length === 0) return [];
  const bottom = Math.max(...points.map((p) => p.of));
  // asciichart writes the axis over labels shorter than its offset (2).
  const width = Math.max(2, String(bottom).length);
  const k = size.columnsPerYear;
  // asciichart puts larger values higher, so ranks are plotted negated; each year is repeated k times to give it width.
  const series = points.flatMap((p) => Array<number>(k).fill(-p.rank));
  const text = plot(series, {
    min: -bottom,
    max: -1,
    height: Math.min(size.height, bottom - 1),
    offset: 2,
    format: (x: number) => String(Math.round(-x)).padStart(width),
    // The default marks the zero line and the first value with '┼'; ranks have no zero line.
    symbols: ['┤', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'],
  });
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const axis = width + 1;
  const years = Array.from({ length: axis + points.length * k }, () => ' ');
  points.forEach((p, i) => {
    const label = k >= 5 ? String(p.year) : String(p.year).slice(-2);
    [...label].forEach((ch, j) => (years[axis + i * k + j] = ch));
  });
  return [...lines, years.join('').replace(/\s+$/, '')];
}
