import type { IndexDef, Issue, Observation, Period } from '../model/types.js';
import type { Message } from '../model/text.js';

/** What a year table is checked against. */
export interface TableContext {
  index: IndexDef;
  period: Period;
  /** Provincial units that existed in the year (the denominator when a rank states none). */
  expectedUnits: number;
  /** Known source ids; a row naming another is an error. */
  sourceIds: Set<string>;
  /** Display name of a province code. */
  nameOf: (code: string) => string;
}

/** Records one finding on a row (and field) of the table being checked. */
export type Add = (row: Observation | undefined, field: string | undefined, check: string, message: Message, severity?: Issue['severity']) => void;
