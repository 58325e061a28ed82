/**
 * Why a number is not given. Every null in a gaps, weakest or departments result comes with one
 * of these, so that the output can say why instead of printing a number the data do not back.
 */
export type NaReason =
  /** Too few provinces have the value for a statistic over provinces. */
  | { code: 'coverage'; have: number; of: number; minShare: number }
  /** The province has no value for this measure in the year (or the aggregate named, when the row asked for is one). */
  | { code: 'no-score'; aggregate?: string }
  /** The row is an aggregate ("Cả nước"): never ranked, so rank and places do not apply. */
  | { code: 'aggregate' }
  /** The benchmark province has no value for this measure in the year. */
  | { code: 'benchmark-province-missing'; province: string }
  /** The province has no socio-economic region (e.g. the 34 units from 2025). */
  | { code: 'no-region'; province: string }
  /** rank:K asks for a place beyond the provinces with a value. */
  | { code: 'rank-beyond'; rank: number; have: number }
  /** The component's maximum score is not known for the year. */
  | { code: 'no-max' }
  /** `--benchmark national` in a year whose data has no national row. */
  | { code: 'no-national' }
  /** The year's aggregation rule (weights) is not known, so no composite points. */
  | { code: 'rule-unknown'; period: string }
  /** The data folder has no earlier year of this index. */
  | { code: 'no-previous-year' }
  /** The earlier year has no value for this province and measure. */
  | { code: 'no-previous-value'; year: number }
  /** No table for the index in the year. */
  | { code: 'no-data'; index: string; year: number }
  /** The index has no component values for the province in any year. */
  | { code: 'no-component-data'; index: string };

/** The fields of a gap that may be null, each with its reason. */
export type NaFields = Partial<Record<'score' | 'rank' | 'benchmark' | 'gap' | 'gapShare' | 'weightedGap' | 'change', NaReason>>;

/**
 * Why the report has nothing for an index or cannot compare a measure: a reason shared with gaps
 * (NaReason), or one of the report's own: the province is in none of the index's files
 * (`not-in-data`), the name denotes another provincial unit than the year before (`unit-changed`),
 * there is no earlier year with data for the province (`no-earlier-data`).
 */
export type ReportReason =
  NaReason | { code: 'not-in-data'; index: string; years: number[] } | { code: 'unit-changed'; from: string; to: string } | { code: 'no-earlier-data' };
