/** What one year file holds. */
export interface DatasetEntry {
  index: string;
  year: number;
  file: string;
  /** Provincial units that existed that year. */
  expectedProvinces: number;
  /** Provinces with any value. */
  provinces: number;
  /** Provinces with a published composite, and with one computed from complete components by the known rule. */
  withComposite: number;
  withComputedComposite: number;
  withRank: number;
  /** Components of the year's methodology, and those with at least one value. */
  components: { expected: number; present: string[]; completeProvinces: number };
  /** National aggregate rows (e.g. average of 63 provinces). */
  aggregates: string[];
  methodologyPeriod: string;
  sources: string[];
}

export interface DatasetsResult {
  dataDir: string;
  entries: DatasetEntry[];
}
