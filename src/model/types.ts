import type { Location } from './errors.js';
import type { Message } from './text.js';

/** How a published rank came about, as the index owner states it. */
export type RankKind = 'official' | 'reported' | 'none';

/** How the composite is built from the components in a methodology period. */
export type Aggregation = 'weighted-mean' | 'sum' | 'unknown';

/** One of the four indices (or any other declared in data/indices.csv). */
export interface IndexDef {
  id: string;
  nameVi: string;
  nameEn: string;
  shortName: string;
  /** Who publishes the index, as written in Vietnamese (`publisher`), and in English where the file gives it (`publisher_en`). */
  publisher: string;
  publisherEn?: string;
  /** Column holding the composite score in the year files. */
  compositeCode: string;
  rankKind: RankKind;
  /** Decimals the owner publishes; scores equal at this precision are ties. */
  precision: number;
}

/** A component, sub-component or alternate composite column of an index in one period. */
export interface ComponentDef {
  code: string;
  kind: 'component' | 'sub' | 'alternate';
  parent?: string;
  nameVi: string;
  nameEn: string;
  max?: number;
  weight?: number;
}

/** A year range of one methodology period; several ranges may share one period id. */
export interface Period {
  index: string;
  id: string;
  fromYear: number;
  toYear: number;
  aggregation: Aggregation;
  compositeMax: number;
  /** Allowed |published − computed| for the composite; undefined when not checked. */
  tolerance?: number;
  /** Allowed |parent − sum of sub-components|; undefined when not checked. */
  subTolerance?: number;
  /** What changed at the start of this period (shown when comparing across it). */
  changeVi?: string;
  changeEn?: string;
  noteVi?: string;
  noteEn?: string;
  /** Components of the period, all kinds, in data order. */
  components: ComponentDef[];
}

/** A provincial unit (or a national aggregate row such as "average of 63 provinces"). */
export interface Province {
  code: string;
  kind: 'unit' | 'aggregate';
  nameVi: string;
  nameEn: string;
  region?: string;
  firstYear?: number;
  lastYear?: number;
  successor?: string;
  aliases: string[];
}

export interface Region {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface Source {
  id: string;
  title: string;
  /** The title in Vietnamese, shown under --lang vi (the English title when absent). */
  titleVi?: string;
  url?: string;
  repository?: string;
  path?: string;
  commit?: string;
  licence?: string;
  note?: string;
}

/** One row of a year file: the scores of one province (or aggregate) in one index-year. */
export interface Observation {
  province: string;
  line: number;
  composite?: number;
  rank?: number;
  rankOf?: number;
  /** Component, sub-component and alternate values by code. */
  values: Record<string, number>;
  /** Published component ranks by component code (denominator: rankOf). */
  componentRanks: Record<string, number>;
  sources: string[];
  note?: string;
  /** The owner's published tier of the row (PCI `Nhóm xếp hạng`), as written. */
  tier?: string;
}

/** One file `data/<index>/<year>.csv`, loaded. */
export interface YearTable {
  index: string;
  year: number;
  file: string;
  /** Rows of provincial units, in file order. */
  rows: Observation[];
  /** Rows of national aggregates (kind 'aggregate' in provinces.csv). */
  aggregates: Observation[];
  /** 1-based column number of each recognised field, for error locations. */
  columns: Record<string, number>;
}

/** How an index sorts provinces into groups: by percentile of rank, by share of the maximum score, or as published. */
export type GroupRule = 'percentile' | 'share-of-max' | 'published';

/** One group of a scheme; `min` is the lower bound (a (N − rank)/N share, or a % of the maximum). */
export interface GroupDef {
  code: string;
  /** The owner's label; for a published scheme the spelling matched (case-insensitively) in the year files. */
  labelVi: string;
  labelEn: string;
  min?: number;
}

/** An index's group scheme over a span of years (groups best first), from `groups.csv`. */
export interface GroupScheme {
  index: string;
  fromYear: number;
  toYear: number;
  rule: GroupRule;
  groups: GroupDef[];
  source: string;
}

export type Severity = 'error' | 'warning';

/** A problem found while loading or validating, with where it is. */
export interface Issue extends Location {
  severity: Severity;
  check: string;
  /** In both languages (say(vi, en)); the English is the stable form that baselines and `--format json` `message` use. */
  message: Message;
  hint?: Message;
}
