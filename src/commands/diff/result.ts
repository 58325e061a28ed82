/** What kind of difference one change is. */
export type ChangeKind =
  | 'year-added'
  | 'year-removed'
  | 'province-added'
  | 'province-removed'
  | 'value-changed'
  | 'value-added'
  | 'value-removed'
  | 'rank-changed'
  | 'rank-added'
  | 'rank-removed'
  | 'definition-added'
  | 'definition-removed'
  | 'definition-changed';

/** A definition record kind that `diff` compares. */
export type DefinitionSubject = 'index' | 'period' | 'component' | 'department' | 'source';

/** One difference between OLD and NEW, keyed by index × year × province × measure (or by definition record). */
export interface DiffChange {
  kind: ChangeKind;
  /** A value or published rank that existed in OLD changed or disappeared (what `--fail-on revised` fails on). */
  revised: boolean;
  /** Index id; absent for sources, which are shared by all indices. */
  index?: string;
  year?: number;
  /** Province code (see provinces.csv). */
  province?: string;
  /** Column of the year file: composite code, component code, rank, rank_of or <component>_rank. */
  measure?: string;
  subject?: DefinitionSubject;
  /** Key of the definition record, e.g. "pci 2013-2021 d1" or a source id. */
  key?: string;
  field?: string;
  old?: number | string;
  new?: number | string;
  /** new − old, when both are numbers. */
  delta?: number;
  /** Where the change is: the NEW file (line and column of the cell when it exists there), else the OLD file. */
  file: string;
  line?: number;
  column?: number;
}

/** The changes of one index-year, counted. */
export interface DiffSummary {
  index: string;
  year: number;
  status: 'added' | 'removed' | 'compared';
  provincesAdded: number;
  provincesRemoved: number;
  valuesChanged: number;
  valuesAdded: number;
  valuesRemoved: number;
  ranksChanged: number;
}

/** `chiso diff OLD NEW --format json`: every change between two data folders. */
export interface DiffResult {
  old: string;
  new: string;
  /** --index and --year as given (undefined: all). */
  indices?: string[];
  years?: number[];
  failOn?: 'revised' | 'any';
  /** Number of changes, and of those that revise OLD. */
  total: number;
  revised: number;
  /** true when --fail-on asks for exit 5 on what was found. */
  failed: boolean;
  /** One entry per index-year with any change (index-years without change are left out). */
  summary: DiffSummary[];
  /** Index-years present in both folders without any change. */
  unchanged: number;
  definitionChanges: number;
  changes: DiffChange[];
}
