/** One ranked year of a chart. */
export interface ChartPoint {
  year: number;
  rank: number;
  of: number;
}

/** Columns each year takes: room for "2024" and for a denominator such as "/63" under it. */
const COLUMNS_PER_YEAR = 5;

/** A chart drawn to a width: its lines, and the earlier years that did not fit (to be summarised in words). */
export interface DrawnChart {
  lines: string[];
  left: ChartPoint[];
}

/**
 * Rank over the years as a step chart with one row per rank the province held, best at the top,
 * so that every point sits on the row labelled with its exact rank;
 * rows between are left out rather than drawn to a scale that would misplace a point. Under the
 * years, each year's denominator. When the years do not fit `width`, the latest that fit are drawn
 * and the earlier ones are returned in `left`.
 */
export function rankChart(points: ChartPoint[], width = 100): DrawnChart {
  if (points.length === 0) return { lines: [], left: [] };
  const bottom = Math.max(...points.map((p) => p.of));
  const axis = String(bottom).length + 1;
  const room = Math.max(1, Math.floor((width - axis) / COLUMNS_PER_YEAR));
  const left = points.slice(0, Math.max(0, points.length - room));
  const shown = points.slice(left.length);
  const ranks = [...new Set(shown.map((p) => p.rank))].sort((a, b) => a - b);
  const row = (rank: number) => ranks.indexOf(rank);
  const span = shown.length * COLUMNS_PER_YEAR;
  const grid = ranks.map(() => Array.from({ length: span }, () => ' '));
  shown.forEach((p, i) => {
    const r = row(p.rank);
    const x = i * COLUMNS_PER_YEAR;
    for (let k = 0; k < COLUMNS_PER_YEAR; k++) grid[r]![x + k] = '─';
    const prev = shown[i - 1];
    if (!prev || prev.rank === p.rank) return;
    // The step from the previous year's row to this year's, drawn in this year's first column.
    const from = row(prev.rank);
    const [top, low] = from < r ? [from, r] : [r, from];
    for (let y = top + 1; y < low; y++) grid[y]![x] = '│';
    grid[from]![x] = from < r ? '╮' : '╯';
    grid[r]![x] = from < r ? '╰' : '╭';
  });
  const label = (rank: number) => String(rank).padStart(axis - 1);
  const lines = grid.map((cells, r) => `${label(ranks[r]!)}┤${cells.join('')}`.replace(/\s+$/, ''));
  const under = (text: (p: ChartPoint) => string) =>
    ' '.repeat(axis) +
    shown
      .map((p) => text(p).padEnd(COLUMNS_PER_YEAR))
      .join('')
      .replace(/\s+$/, '');
  return { lines: [...lines, under((p) => String(p.year)), under((p) => `/${p.of}`)], left };
}
