import { departmentFor, departmentRef } from '../../analysis/departments.js';
import { yearFragility } from '../../analysis/fragility.js';
import { provinceYear } from '../../analysis/province-year.js';
import { analyseTarget, type Cap, type Goal } from '../../analysis/target.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { periodSpan } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { resolveComponent } from '../../model/lookup.js';
import type { Province } from '../../model/types.js';
import type { TargetResult } from './result.js';

export interface TargetOptions {
  index: string;
  year?: number;
  series: Province[];
  goal: Goal;
  /** Components the plan may raise (codes or unique parts); default all. */
  only?: string[];
  cap?: Cap;
}

/** Parses `--rank`, `--percentile`, `--score` (exactly one) into a goal. */
export function parseGoal(flags: { rank?: string; percentile?: string; score?: string }): Goal {
  const given = (['rank', 'percentile', 'score'] as const).filter((k) => flags[k] !== undefined);
  if (given.length !== 1)
    throw new UsageError(
      say('chiso target cần đúng một trong các tùy chọn --rank, --percentile, --score', 'chiso target needs exactly one of --rank, --percentile, --score'),
      say('ví dụ: --rank 30', 'e.g. --rank 30'),
    );
  const kind = given[0]!;
  const text = flags[kind]!.replace(',', '.').replace(/%$/, '');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n))
    throw new UsageError(say(`--${kind} phải là một số, không phải "${flags[kind]}"`, `--${kind} must be a number, got "${flags[kind]}"`));
  if (kind === 'rank') {
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(
        say(`--rank phải là số nguyên từ 1 trở lên, không phải "${flags.rank}"`, `--rank must be a whole number of at least 1, got "${flags.rank}"`),
      );
    return { kind, rank: n };
  }
  if (kind === 'percentile') {
    if (n < 0 || n > 100)
      throw new UsageError(
        say(
          `--percentile nằm trong khoảng từ 0 đến 100 (như trong bảng xếp hạng), không phải "${flags.percentile}"`,
          `--percentile is between 0 and 100 (as the rank tables show it), got "${flags.percentile}"`,
        ),
      );
    return { kind, percentile: n };
  }
  return { kind, score: n };
}

/** Parses `--cap X` (the most a component may rise) or `--cap best` (up to the year's best score). */
export function parseCap(text: string | undefined): Cap | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'best') return { kind: 'best' };
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(say(`--cap phải là một số dương hoặc "best", không phải "${text}"`, `--cap must be a positive number or "best", got "${text}"`));
  return { kind: 'rise', value: n };
}

/** What a composite goal takes: points needed, each component alone, the least-rise plan by department. */
export function runTarget(data: Dataset, mapping: DepartmentMapping, opts: TargetOptions): TargetResult {
  const py = provinceYear(data, opts.index, opts.series, opts.year);
  const only = opts.only?.map((q) => resolveComponent(py.period, q, py.index.shortName, py.year).code);
  const a = analyseTarget(py.table, py.period, py.unit.code, opts.goal, py.index.precision, {
    only,
    cap: opts.cap,
    expected: expectedUnits(data.defs, py.year),
  });
  const dept = (code: string) => {
    const found = departmentFor(mapping.assignments, opts.index, code, py.year);
    return found ? departmentRef(found) : null;
  };
  return {
    ...a,
    index: opts.index,
    year: py.year,
    province: py.unit.code,
    methodologyPeriod: periodSpan(data.defs, py.period),
    aggregation: py.period.aggregation,
    goal: opts.goal,
    only: only ?? null,
    cap: opts.cap ?? null,
    solo: a.solo.map((s) => ({ ...s, department: dept(s.code) })),
    plan: a.plan ? { ...a.plan, rises: a.plan.rises.map((r) => ({ ...r, department: dept(r.code) })) } : null,
    fragility: yearFragility(data, opts.index, py.year, py.unit.code),
  };
}
