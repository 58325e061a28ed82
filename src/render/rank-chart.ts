import { percentile } from '../analysis/ranking.js';

/** One ranked year of a chart. */
export interface ChartPoint {
  year: number;
  rank: number;
  of: number;
}

/** Columns each year takes: room for "2024" and for a denominator such as "/63" under it. */
const COLUMNS_PER_YEAR = 5;
/** On the percentile scale the line under the years holds the whole rank, "59/63", so one more column. */
const COLUMNS_PER_YEAR_PCT = 6;

/**
 * Denominators further apart than this (63 and 34 across the 2025 merger) put the chart on the
 * percentile scale: a rank out of 34 on the rows of ranks out of 63 would be misread. Nearby ones
 * (63 and 61, two provinces unranked) keep the exact rank rows, each year's N printed under it.
 */
const SAME_SCALE_RATIO = 1.1;

/** A chart drawn to a width: its lines, the earlier years that did not fit (to be summarised in words), and its scale. */
export interface DrawnChart {
  lines: string[];
  left: ChartPoint[];
  /** 'rank': rows are ranks; 'percentile': rows are percentiles (0–100, best at the top), each year labelled rank/N. */
  scale: 'rank' | 'percentile';
}

/** Whether points with these denominators are drawn on the percentile scale. */
export function needsPercentileScale(points: ChartPoint[]): boolean {
  if (points.length === 0) return false;
  const ns = points.map((p) => p.of);
  return Math.max(...ns) / Math.min(...ns) > SAME_SCALE_RATIO;
}

/**
 * Rank over the years as a step chart with one row per position the province held, best at the
 * top, so that every point sits on the row labelled with its exact value; rows between are left
 * out rather than drawn to a scale that would misplace a point. On the rank scale the rows are
 * ranks and under each year is its denominator; when the denominators differ materially (63 → 34)
 * the rows are percentiles and under each year is its rank out of its N. When the years do not fit
 * `width`, the latest that fit are drawn and the earlier ones are returned in `left`.
 */
export function rankChart(points: ChartPoint[], width = 100): DrawnChart {
  const scale = needsPercentileScale(points) ? 'percentile' : 'rank';
  if (points.length === 0) return { lines: [], left: [], scale };
  // The row value of a point, smaller is better: the rank, or 100 − percentile.
  const value = (p: ChartPoint) => (scale === 'rank' ? p.rank : 100 - Math.round(percentile(p.rank, p.of) * 100));
  const show = (v: number) => String(scale === 'rank' ? v : 100 - v);
  const perYear = scale === 'rank' ? COLUMNS_PER_YEAR : COLUMNS_PER_YEAR_PCT;
  const axis = Math.max(...points.map((p) => show(value(p)).length), scale === 'rank' ? String(Math.max(...points.map((p) => p.of))).length : 0) + 1;
  const room = Math.max(1, Math.floor((width - axis) / perYear));
  const left = points.slice(0, Math.max(0, points.length - room));
  const shown = points.slice(left.length);
  const values = [...new Set(shown.map(value))].sort((a, b) => a - b);
  const row = (p: ChartPoint) => values.indexOf(value(p));
  const span = shown.length * perYear;
  const grid = values.map(() => Array.from({ length: span }, () => ' '));
  shown.forEach((p, i) => {
    const r = row(p);
    const x = i * perYear;
    for (let k = 0; k < perYear; k++) grid[r]![x + k] = '─';
    const prev = shown[i - 1];
    if (!prev || row(prev) === r) return;
    // The step from the previous year's row to this year's, drawn in this year's first column.
    const from = row(prev);
    const [top, low] = from < r ? [from, r] : [r, from];
    for (let y = top + 1; y < low; y++) grid[y]![x] = '│';
    grid[from]![x] = from < r ? '╮' : '╯';
    grid[r]![x] = from < r ? '╰' : '╭';
  });
  const label = (v: number) => show(v).padStart(axis - 1);
  const lines = grid.map((cells, r) => `${label(values[r]!)}┤${cells.join('')}`.replace(/\s+$/, ''));
  const under = (text: (p: ChartPoint) => string) =>
    ' '.repeat(axis) +
    shown
      .map((p) => text(p).padEnd(perYear))
      .join('')
      .replace(/\s+$/, '');
  const denominators = scale === 'rank' ? (p: ChartPoint) => `/${p.of}` : (p: ChartPoint) => `${p.rank}/${p.of}`;
  return { lines: [...lines, under((p) => String(p.year)), under(denominators)], left, scale };
}
