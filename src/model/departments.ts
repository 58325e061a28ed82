import { CELL_MESSAGES as M, cellError } from './cell-messages.js';
import { cell, FAIL, row } from './fast-cells.js';
import { list, optText, splitList, text } from './schemas.js';

/**
 * How an assignment is known: by a province's own named decision, or with one of the status
 * labels of the domain reference (verified / partly verified / common practice, unconfirmed).
 */
export const BASES = ['decision', 'verified', 'partly-verified', 'unconfirmed'] as const;
export type Basis = (typeof BASES)[number];

/** One row of a department mapping: who leads (and who helps with) one component while it is in force. */
export interface Assignment {
  index: string;
  /** A component code of the index, or the index's composite code (the overall focal point). */
  component: string;
  lead: string[];
  coordinating: string[];
  /** First and last day in force as ISO dates; undefined = open-ended. */
  from?: string;
  to?: string;
  basis: Basis;
  source?: string;
  note?: string;
  /** Names among lead and coordinating that stand for a group of bodies. */
  groups?: string[];
  /** Line in the mapping file, for messages. */
  line: number;
}

/** A department mapping as read from one file. */
export interface DepartmentMapping {
  file: string;
  assignments: Assignment[];
  /**
   * Names that stand for a group of bodies ("các sở, ngành", "UBND cấp xã"): listed on the lead's
   * sheet as coordinating, never sent a sheet of their own (the `groups` column of the file).
   */
  groups?: string[];
  /** 1-based column of each field in the file, for error locations. */
  columns: Record<string, number>;
}

// The spellings a basis cell may take: the DOMAIN labels as written there, or the codes above.
const BASIS_SPELLINGS: Record<string, Basis> = {
  decision: 'decision',
  verified: 'verified',
  'partly verified': 'partly-verified',
  'partly-verified': 'partly-verified',
  'common practice, unconfirmed': 'unconfirmed',
  unconfirmed: 'unconfirmed',
};

/** A year ("2025") or an ISO date as a first (`start`) or last (`end`) day; undefined: empty; FAIL: neither. */
const dayOf = (edge: 'start' | 'end', s: string): string | undefined | typeof FAIL => {
  if (s === '') return undefined;
  if (/^\d{4}$/.test(s)) return edge === 'start' ? `${s}-01-01` : `${s}-12-31`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.toISOString().slice(0, 10) === s) return s;
  }
  return FAIL;
};

/** A year ("2025") or an ISO date; a bare year means its first day (`start`) or its last day (`end`). */
const day = (edge: 'start' | 'end') =>
  cell(
    (z) =>
      z.string().transform((s, ctx) => {
        const d = dayOf(edge, s);
        if (d !== FAIL) return d;
        ctx.addIssue({ code: 'custom', ...cellError(M.notDate(`"${s}"`)) });
        return z.NEVER;
      }),
    (s) => dayOf(edge, s),
  );

/** The basis a cell spells, if any. */
const basisOf = (s: string): Basis | undefined => BASIS_SPELLINGS[s.trim().toLowerCase()];

/** Schema of one row of departments.csv (header list as in the file). */
export const departmentRow = row({
  index: text,
  component: text,
  lead: cell(
    (z) => list.zod(z).refine((l) => l.length > 0, cellError(M.emptyLead)),
    (s) => {
      const l = splitList(s);
      return l.length > 0 ? l : FAIL;
    },
  ),
  coordinating: list,
  effective_from: day('start'),
  effective_to: day('end'),
  basis: cell(
    (z) =>
      z.string().transform((s, ctx) => {
        const basis = basisOf(s);
        if (basis) return basis;
        ctx.addIssue({ code: 'custom', ...cellError(M.notBasis(`"${s}"`)) });
        return z.NEVER;
      }),
    (s) => basisOf(s) ?? FAIL,
  ),
  source: optText,
  note: optText,
  /** Which of the row's bodies are groups of bodies (optional column). */
  groups: list,
});

/** Columns of departments.csv that may be left out (read as empty). */
export const OPTIONAL_DEPARTMENT_COLUMNS = ['groups'];
