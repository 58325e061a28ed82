/**
 * Vega-Lite specs for the printable formats, built from plain rows: the numbers come from a
 * command's result, the drawing from Vega. Pure data, no URL: every spec carries its data inline.
 */

/** The font Vega measures and writes: a system sans face, so that nothing is fetched. */
export const CHART_FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const config = {
  font: CHART_FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
};

/** One year of a rank history: the place as a percentile (100 = first, 0 = last) and its label "34/63". */
export interface RankPoint {
  year: number;
  percentile: number;
  label: string;
}

/**
 * Rank history of one index: the percentile of each year's rank on the vertical axis, each point
 * labelled rank/N, so that 34 of 34 (last) and 34 of 63 (middle) do not look alike.
 */
export function rankHistorySpec(points: RankPoint[], axis: { year: string; percentile: string }): Record<string, unknown> {
  const x = { field: 'year', type: 'ordinal', title: axis.year, axis: { labelAngle: 0 } };
  const y = { field: 'percentile', type: 'quantitative', title: axis.percentile, scale: { domain: [0, 100] } };
  return {
    config,
    width: 520,
    height: 200,
    data: { values: points },
    layer: [
      { mark: { type: 'line', point: { filled: true, size: 50 } }, encoding: { x, y } },
      { mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { x, y, text: { field: 'label' } } },
    ],
  };
}

/** One value of a dot plot: a measure (row), a series (the province, the median, the best) and its value. */
export interface DotPoint {
  measure: string;
  series: string;
  value: number;
}

/** A dot plot: one row per measure, one dot per series (colour and shape, so it reads in black and white too). */
export function dotPlotSpec(points: DotPoint[], order: { measures: string[]; series: string[] }, axis: { value: string }): Record<string, unknown> {
  return {
    config,
    width: 440,
    height: { step: 22 },
    data: { values: points },
    layer: [
      {
        mark: { type: 'rule', color: '#ddd' },
        encoding: {
          y: { field: 'measure', type: 'nominal', sort: order.measures, title: null },
          x: { aggregate: 'min', field: 'value', type: 'quantitative' },
          x2: { aggregate: 'max', field: 'value' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 0.9 },
        encoding: {
          y: { field: 'measure', type: 'nominal', sort: order.measures, title: null, axis: { labelLimit: 260 } },
          x: { field: 'value', type: 'quantitative', title: axis.value, scale: { zero: false } },
          color: { field: 'series', type: 'nominal', sort: order.series, title: null, scale: { range: ['#c0392b', '#7f8c8d', '#2471a3'] } },
          shape: { field: 'series', type: 'nominal', sort: order.series, title: null, scale: { range: ['circle', 'diamond', 'square'] } },
        },
      },
    ],
  };
}

/** One province of a region: its score, whether it is the province reported on, and its rank label. */
export interface RegionDot {
  province: string;
  score: number;
  focal: boolean;
  label: string;
}

/** The provinces of a region by score, one dot each, the province reported on in its own colour, each labelled with the national rank/N. */
export function regionSpec(dots: RegionDot[], axis: { score: string }): Record<string, unknown> {
  const y = { field: 'province', type: 'nominal', sort: { field: 'score', order: 'descending' }, title: null };
  return {
    config,
    width: 420,
    height: { step: 18 },
    data: { values: dots },
    layer: [
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y,
          x: { field: 'score', type: 'quantitative', title: axis.score, scale: { zero: false } },
          color: { field: 'focal', type: 'nominal', legend: null, scale: { domain: [false, true], range: ['#7f8c8d', '#c0392b'] } },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 7, fontSize: 10 }, encoding: { y, x: { field: 'score', type: 'quantitative' }, text: { field: 'label' } } },
    ],
  };
}
