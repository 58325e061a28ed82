import { departmentFor, departmentRef } from '../../analysis/departments.js';
import { componentIndicatorGaps, indicatorLevel } from '../../analysis/indicator-gaps.js';
import { requireUnit } from '../../analysis/scope.js';
import type { Dataset } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say, type Message } from '../../model/text.js';
import type { IndicatorSet } from '../../model/indicators.js';
import type { Province } from '../../model/types.js';
import type { ComponentGapsResult } from './component-result.js';

/** What `gaps --component` needs, names resolved. */
export interface ComponentGapsOptions {
  index: string;
  year?: number;
  component: string;
  series: Province[];
}

/** The indicators of one component of a province: value, rank/N by direction, median, gap, best province. */
export function runComponentGaps(data: Dataset, set: IndicatorSet, mapping: DepartmentMapping, opts: ComponentGapsOptions): ComponentGapsResult {
  const index = data.defs.indices.get(opts.index)!;
  const has = (y: number) => indicatorLevel(data, set, opts.index, y)?.level.indicators.some((i) => i.parent === opts.component) ?? false;
  // Default: the latest year that has indicators under this component.
  const year = opts.year ?? [...data.years(opts.index), ...set.years(opts.index)].sort((a, b) => b - a).find(has);
  if (year === undefined)
    throw new UsageError(
      say(
        `${index.shortName} không có chỉ tiêu nào thuộc chỉ số thành phần "${opts.component}"`,
        `${index.shortName} has no indicators under component "${opts.component}"`,
      ),
      indicatorYearsHint(data, set, opts.index),
    );
  const period = periodFor(data.defs, opts.index, year);
  if (!period?.components.some((c) => c.code === opts.component)) {
    const known =
      period?.components
        .filter((c) => c.kind === 'component')
        .map((c) => c.code)
        .join(', ') ?? '';
    throw new UsageError(
      say(`${index.shortName} ${year} không có chỉ số thành phần "${opts.component}"`, `${index.shortName} ${year} has no component "${opts.component}"`),
      known ? say(`các chỉ số thành phần: ${known}`, `components: ${known}`) : undefined,
    );
  }
  const found = indicatorLevel(data, set, opts.index, year);
  if (!found || !has(year))
    throw new UsageError(
      say(
        `${index.shortName} ${year} không có chỉ tiêu nào thuộc "${opts.component}"`,
        `${index.shortName} ${year} has no indicators under "${opts.component}"`,
      ),
      indicatorYearsHint(data, set, opts.index),
    );
  const province = requireUnit(opts.series, year).code;
  const units = data.defs.provinces.unitsIn(year).map((p) => p.code);
  const a = departmentFor(mapping.assignments, opts.index, opts.component, year);
  return {
    index: opts.index,
    year,
    province,
    units: units.length,
    departments: a ? departmentRef(a) : null,
    ...componentIndicatorGaps(found.level, found.source, opts.component, province, units),
  };
}

function indicatorYearsHint(data: Dataset, set: IndicatorSet, index: string): Message | undefined {
  const years = set.years(index).join(', ');
  const name = data.defs.indices.get(index)!.shortName;
  return years.length > 0 ? say(`các năm có chỉ tiêu của ${name}: ${years}`, `indicators exist for ${name} ${years}`) : undefined;
}
