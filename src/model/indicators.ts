/** Whether a higher value of a measure is better or worse. */
export type Direction = 'higher-better' | 'lower-better';

/** One measure below a component: a PCI base indicator, or a PAPI sub-dimension. */
export interface IndicatorDef {
  index: string;
  year: number;
  code: string;
  /** The component it belongs to. */
  parent: string;
  nameVi: string;
  nameEn: string;
  unit?: string;
  direction: Direction;
  /** Why the direction was chosen (wording, correlation), as recorded in the definitions. */
  basis?: string;
}

/**
 * The level below the components of one index-year: its definitions, the provinces with values, and
 * the values as one matrix, province by province: that of provinces[p] for indicators[i] is at
 * p × indicators.length + i, NaN where the province has none. (A Record of codes per province cost
 * the data cache 7 ms to read back, its keys repeated 63 times; a Float64Array is stored as raw bytes.)
 */
export interface IndicatorLevel {
  indicators: IndicatorDef[];
  /** Province codes, in the order of the matrix's rows. */
  provinces: string[];
  values: Float64Array;
}

/** A level from its rows: per province code, a value per indicator in the order of `indicators` (NaN: none). */
export function indicatorLevelOf(indicators: IndicatorDef[], rows: Map<string, Float64Array>): IndicatorLevel {
  const values = new Float64Array(rows.size * indicators.length);
  let offset = 0;
  for (const row of rows.values()) {
    values.set(row, offset);
    offset += indicators.length;
  }
  return { indicators, provinces: [...rows.keys()], values };
}

/** A province's value of an indicator, undefined where it has none. */
export function indicatorValue(level: IndicatorLevel, province: string, code: string): number | undefined {
  const p = level.provinces.indexOf(province);
  const i = level.indicators.findIndex((d) => d.code === code);
  const v = p < 0 || i < 0 ? NaN : level.values[p * level.indicators.length + i]!;
  return Number.isNaN(v) ? undefined : v;
}

/** The indicators bundled in indicators.csv and indicator-values.csv, by index-year. */
export interface IndicatorSet {
  file: string;
  /** The level of an index-year, if the definitions have indicators for it. */
  level(index: string, year: number): IndicatorLevel | undefined;
  /** Years of an index that have indicators, ascending. */
  years(index: string): number[];
}

/** An indicator set with nothing in it (a data folder without indicator files). */
export const NO_INDICATORS: IndicatorSet = { file: '', level: () => undefined, years: () => [] };

/** The indicator set over levels keyed `<index>/<year>` (the loader's result, or the same levels read back from the data cache). */
export function indicatorSet(file: string, levels: Map<string, IndicatorLevel>): IndicatorSet {
  const years = (index: string) =>
    [...levels.keys()]
      .filter((k) => k.startsWith(`${index}/`))
      .map((k) => Number(k.slice(index.length + 1)))
      .sort((a, b) => a - b);
  return { file, level: (index, year) => levels.get(`${index}/${year}`), years };
}
