import type { Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { UsageError } from '../model/errors.js';
import { say } from '../model/text.js';
import type { IndexDef, Period, Province, YearTable } from '../model/types.js';
import { componentYear, requireTable, requireUnit } from './scope.js';

/** What simulate and target work on: one unit's row of one index-year, with the year's rule. */
export interface ProvinceYear {
  index: IndexDef;
  year: number;
  unit: Province;
  table: YearTable;
  period: Period;
}

/** The province-year of a command (default year: the latest in which the province has component values). */
export function provinceYear(data: Dataset, index: string, series: Province[], year?: number): ProvinceYear {
  const def = data.defs.indices.get(index);
  const ids = [...data.defs.indices.keys()].join(', ');
  if (!def) throw new UsageError(say(`không có chỉ số "${index}"`, `unknown index "${index}"`), say(`các chỉ số: ${ids}`, `indices: ${ids}`));
  const y = year ?? componentYear(data, index, series);
  if (y === undefined) throw new UsageError(say(`thư mục dữ liệu không có dữ liệu ${def.shortName}`, `${def.shortName} has no data in the data folder`));
  const table = requireTable(data, index, y);
  const unit = requireUnit(series, y);
  const period = periodFor(data.defs, index, y);
  if (!period)
    throw new UsageError(
      say(
        `định nghĩa dữ liệu không có giai đoạn phương pháp nào cho ${def.shortName} ${y}`,
        `${def.shortName} ${y} has no methodology period in the data definitions`,
      ),
    );
  if (!table.rows.some((r) => r.province === unit.code))
    throw new UsageError(say(`${unit.nameVi} không có trong dữ liệu ${def.shortName} năm ${y}`, `${unit.nameVi} has no ${def.shortName} row in ${y}`));
  return { index: def, year: y, unit, table, period };
}
