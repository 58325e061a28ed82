import type { RankedHistory } from '../analysis/rank-history.js';
import { TREND } from '../i18n/trend.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import { yearRuns } from '../model/lookup.js';
import type { Block } from './doc.js';
import { provinceName } from './format.js';
import { needsPercentileScale, rankChart } from './rank-chart.js';
import { namesText, rankOrDash } from './rank-text.js';

/** A province's rank history in words and as a chart: the directive's footnote style, shared by trend and report. */

/** The note that a name denotes several units over the years shown (2025 mergers), with each unit's span. */
export function unitNote(units: string[], defs: Definitions, view: View): Block {
  const t = view.pick(TREND);
  const span = (code: string) => {
    const p = defs.provinces.byCode.get(code);
    const when = p?.lastYear !== undefined ? t.until(p.lastYear) : p?.firstYear !== undefined ? t.since(p.firstYear) : '';
    return provinceName(defs, code, view) + (when ? ` (${when})` : '');
  };
  return { kind: 'paragraph', text: t.unitNote(units.map(span).join(', ')) };
}

/** The directive's footnote style: "<index name> PCI: năm 2020 xếp thứ 41/63, …, năm 2022 xếp thứ 59/63". */
export function summaryLine(h: RankedHistory, defs: Definitions, view: View, shortOnly = false): string {
  const t = view.pick(TREND);
  const index = defs.indices.get(h.index)!;
  const parts = h.years.flatMap((y) => {
    if (!y.rank) return [];
    const mark = y.rank.origin === 'computed' ? t.computedMark : '';
    const tie = y.rank.origin === 'computed' && y.rank.tiedWith.length > 0 ? t.tied(namesText(defs, y.rank.tiedWith, view)) : '';
    return [t.ranked(y.year, rankOrDash(y.rank) + mark) + tie];
  });
  const unranked = h.years.filter((y) => !y.rank).map((y) => y.year);
  const missing = unranked.length > 0 ? t.unranked(yearRuns(unranked)) : '';
  return shortOnly ? t.summaryShort(index.shortName, parts, missing) : t.summary(view.name(index), index.shortName, parts, missing);
}

/** The rank chart of one index (no chart with fewer than two ranked years), with its label and the years left out; redrawn for the terminal's width. */
export function chartLines(h: RankedHistory, defs: Definitions, view: View): Block[] {
  const t = view.pick(TREND);
  const points = h.years.flatMap((y) => (y.rank ? [{ year: y.year, rank: y.rank.rank, of: y.rank.of }] : []));
  if (points.length < 2) return [];
  const short = defs.indices.get(h.index)!.shortName;
  const skipped = h.years.filter((y) => !y.rank).map((y) => y.year);
  // Two lines rather than one long one, so that the label fits a narrow terminal too.
  // On the percentile scale (the denominators differ, 63 → 34) the caption says so: the rows are not ranks.
  const caption = needsPercentileScale(points) ? t.chartLabelPercentile(short) : [t.chartLabel(short)];
  const label = [...caption, ...(skipped.length > 0 ? [t.skipped(yearRuns(skipped))] : [])];
  const draw = (width: number) => {
    const chart = rankChart(points, width);
    const earlier = chart.left.map((p) => `${p.year}: ${p.rank}/${p.of}`);
    return [...label, ...chart.lines, ...(earlier.length > 0 ? fillLines([t.earlier, ...earlier], width) : [])];
  };
  return [{ kind: 'figure', lines: draw(100), fit: draw }];
}

/** Short ASCII pieces ("2009: 12/64") joined into lines of at most `width` characters. */
function fillLines(pieces: string[], width: number): string[] {
  const lines: string[] = [];
  for (const p of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 2 + p.length <= width) lines[lines.length - 1] = `${last}, ${p}`;
    else lines.push(p);
  }
  return lines.map((l, i) => (i === 0 ? l.replace(':, ', ': ') : l));
}
