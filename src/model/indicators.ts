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

/** The level below the components of one index-year: definitions and each province's values by province code. */
export interface IndicatorLevel {
  indicators: IndicatorDef[];
  /** Province code → indicator code → value. */
  values: Map<string, Record<string, number>>;
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
