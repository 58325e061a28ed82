import type { Dataset } from '../../model/dataset.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { diffDefinitions, type DefinitionSide } from './run-defs.js';
import { diffValues } from './run-values.js';
import type { DiffResult } from './result.js';

/** What `chiso diff` compares and when it fails. */
export interface DiffOptions {
  indices?: string[];
  years?: number[];
  failOn?: 'revised' | 'any';
}

/** One data folder as diff reads it: the dataset and its definitions side. */
export interface DiffInput {
  label: string;
  data: Dataset;
  side: DefinitionSide;
}

/** Parses `--fail-on` (revised or any). */
export function failOnValue(value: string | undefined): DiffOptions['failOn'] {
  if (value === undefined || value === 'revised' || value === 'any') return value;
  throw new UsageError(say(`--fail-on phải là revised hoặc any, không phải "${value}"`, `--fail-on must be revised or any, got "${value}"`));
}

/** Every change from OLD to NEW: definitions first, then index by index and year by year. */
export function runDiff(old: DiffInput, next: DiffInput, opts: DiffOptions): DiffResult {
  const indices = opts.indices ?? [...new Set([...old.data.defs.indices.keys(), ...next.data.defs.indices.keys()])];
  const years = opts.years ? (y: number) => opts.years!.includes(y) : undefined;
  const values = diffValues(old.data, next.data, { indices, years });
  const definitions = diffDefinitions(old.side, next.side, { indices: opts.indices, yearList: opts.years });
  const changes = [...definitions, ...values.changes];
  const revised = changes.filter((c) => c.revised).length;
  const failed = opts.failOn === 'any' ? changes.length > 0 : opts.failOn === 'revised' ? revised > 0 : false;
  return {
    old: old.label,
    new: next.label,
    indices: opts.indices,
    years: opts.years,
    failOn: opts.failOn,
    total: changes.length,
    revised,
    failed,
    summary: values.summary,
    unchanged: values.unchanged,
    definitionChanges: definitions.length,
    changes,
  };
}
