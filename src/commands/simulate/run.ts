import { departmentFor, departmentRef } from '../../analysis/departments.js';
import { provinceYear } from '../../analysis/province-year.js';
import { simulate, type SetChange } from '../../analysis/simulate.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { periodSpan } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { resolveComponent } from '../../model/lookup.js';
import type { Province } from '../../model/types.js';
import type { SimulateResult } from './result.js';

/** A `--set` as typed: component (code or unique part) and the change text. */
export interface SetText {
  component: string;
  change: string;
}

export interface SimulateOptions {
  index: string;
  year?: number;
  series: Province[];
  sets: SetText[];
}

/** Parses "transparency=+0.5", "d2=-1" or "business_support=7.2" (decimal comma accepted). */
export function parseSet(text: string): SetText {
  const m = /^([^=]+)=\s*([+-−]?\s*\d+(?:[.,]\d+)?)\s*$/.exec(text.trim());
  if (!m)
    throw new UsageError(
      say(`--set "${text}" không có dạng MÃ=+x, MÃ=-x hoặc MÃ=giá_trị`, `--set "${text}" is not CODE=+x, CODE=-x or CODE=value`),
      say('ví dụ: --set transparency=+0.5 --set business_support=7.2', 'e.g. --set transparency=+0.5 --set business_support=7.2'),
    );
  return { component: m[1]!.trim(), change: m[2]!.replace(/\s/g, '').replace('−', '-').replace(',', '.') };
}

/** What-if: the province's components changed, the composite recomputed by the year's rule, new places. */
export function runSimulate(data: Dataset, mapping: DepartmentMapping, opts: SimulateOptions): SimulateResult {
  if (opts.sets.length === 0)
    throw new UsageError(
      say('chiso simulate cần ít nhất một --set', 'chiso simulate needs at least one --set'),
      say('ví dụ: --set transparency=+0.5', 'e.g. --set transparency=+0.5'),
    );
  const py = provinceYear(data, opts.index, opts.series, opts.year);
  const changes: SetChange[] = opts.sets.map((s) => {
    const code = resolveComponent(py.period, s.component, py.index.shortName, py.year).code;
    const relative = s.change.startsWith('+') || s.change.startsWith('-');
    return { code, mode: relative ? 'relative' : 'absolute', value: Number(s.change) };
  });
  const sim = simulate(py.table, py.period, py.unit.code, changes, py.index.precision, expectedUnits(data.defs, py.year));
  return {
    index: opts.index,
    year: py.year,
    province: py.unit.code,
    methodologyPeriod: periodSpan(data.defs, py.period),
    aggregation: py.period.aggregation,
    changes: sim.components.map((c) => {
      const a = departmentFor(mapping.assignments, opts.index, c.code, py.year);
      return { ...c, department: a ? departmentRef(a) : null };
    }),
    composite: sim.composite,
    compositeNa: sim.compositeNa,
  };
}
