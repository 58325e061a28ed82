import type { Issue, Observation, YearTable } from '../model/types.js';
import { aggregate, childrenOf, mainComponents, subSum } from '../analysis/composite.js';
import { roundTo } from '../model/round-number.js';
import { say, type Message } from '../model/text.js';
import { checkShape } from './check-shape.js';
import { checkRankCell, checkRankOrder } from './check-ranks.js';
import type { TableContext } from './table-context.js';

/** Result of checking one table: problems with locations, and notes on checks that could not run. */
export interface TableCheck {
  issues: Issue[];
  notes: Message[];
}

/**
 * Checks a loaded year table: value ranges, ranks within 1..N and consistent with the score order,
 * composite against its components where the rule is known, sub-components against their parent,
 * incomplete component sets, unknown sources, and provinces missing against the year's count.
 */
export function checkTable(table: YearTable, ctx: TableContext): TableCheck {
  const { period, index } = ctx;
  const issues: Issue[] = checkShape(table, index, period);
  const notes: Message[] = [];
  const col = (field: string) => table.columns[field];
  const add = (row: Observation | undefined, field: string | undefined, check: string, message: Message, severity: Issue['severity'] = 'error') =>
    issues.push({ severity, check, file: table.file, line: row?.line, column: field ? col(field) : undefined, message });
  const who = (row: Observation) => ctx.nameOf(row.province);

  // Indexed loops over rows and components: a for-of allocates an iterator result per step (cold code
  // is not optimised), a hundred thousand of them for a data folder.
  const components = period.components;
  const all = table.aggregates.length > 0 ? [...table.rows, ...table.aggregates] : table.rows;
  for (let r = 0; r < all.length; r++) {
    const row = all[r]!;
    if (row.composite !== undefined && (row.composite < 0 || row.composite > period.compositeMax)) {
      add(
        row,
        index.compositeCode,
        'out-of-range',
        say(
          `${who(row)}: ${index.compositeCode} ${row.composite} nằm ngoài khoảng 0..${period.compositeMax}`,
          `${who(row)}: ${index.compositeCode} ${row.composite} is outside 0..${period.compositeMax}`,
        ),
      );
    }
    for (let k = 0; k < components.length; k++) {
      const c = components[k]!;
      const v = row.values[c.code];
      if (v !== undefined && (v < 0 || (c.max !== undefined && v > c.max))) {
        add(
          row,
          c.code,
          'out-of-range',
          say(`${who(row)}: ${c.code} ${v} nằm ngoài khoảng 0..${c.max ?? '∞'}`, `${who(row)}: ${c.code} ${v} is outside 0..${c.max ?? '∞'}`),
        );
      }
    }
    for (let k = 0; k < row.sources.length; k++) {
      const id = row.sources[k]!;
      if (!ctx.sourceIds.has(id))
        add(row, 'source', 'unknown-source', say(`nguồn "${id}" không có trong sources.csv`, `unknown source "${id}" (not in sources.csv)`));
    }
  }

  const parts = mainComponents(period);
  const children = childrenOf(period);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    checkRankCell(row, row.rank, 'rank', ctx, add);
    for (const [code, rank] of Object.entries(row.componentRanks)) checkRankCell(row, rank, `${code}_rank`, ctx, add);
    // Computed only where it is compared: a row with a composite, in a period with a tolerance.
    const computed = row.composite !== undefined && period.tolerance !== undefined ? aggregate(period, row.values) : undefined;
    if (row.composite !== undefined && computed !== undefined && period.tolerance !== undefined) {
      const diff = row.composite - computed;
      if (Math.abs(diff) > period.tolerance) {
        add(
          row,
          index.compositeCode,
          'aggregation',
          say(
            `${who(row)}: ${index.compositeCode} ${row.composite} lệch ${roundTo(diff, 4)} so với giá trị tính từ các chỉ số thành phần (${roundTo(computed, 4)}), vượt sai số cho phép ${period.tolerance}`,
            `${who(row)}: ${index.compositeCode} ${row.composite} differs from its components (${roundTo(computed, 4)}) by ${roundTo(diff, 4)}, more than the tolerance ${period.tolerance}`,
          ),
        );
      }
    }
    if (period.subTolerance !== undefined) {
      for (let k = 0; k < parts.length; k++) {
        const c = parts[k]!;
        const parent = row.values[c.code];
        const sum = subSum(children.get(c.code) ?? [], row.values);
        if (parent !== undefined && sum !== undefined && Math.abs(parent - sum) > period.subTolerance) {
          add(
            row,
            c.code,
            'sub-aggregation',
            say(
              `${who(row)}: ${c.code} ${parent} lệch quá ${period.subTolerance} so với tổng các chỉ số thành phần con (${roundTo(sum, 6)})`,
              `${who(row)}: ${c.code} ${parent} differs from the sum of its sub-components (${roundTo(sum, 6)}) by more than ${period.subTolerance}`,
            ),
          );
        }
      }
    }
    const missing = parts.filter((c) => row.values[c.code] === undefined);
    if (missing.length > 0 && missing.length < parts.length) {
      add(
        row,
        undefined,
        'missing-components',
        say(
          `${who(row)}: thiếu ${missing.length}/${parts.length} chỉ số thành phần (${missing.map((c) => c.code).join(', ')})`,
          `${who(row)}: ${missing.length} of ${parts.length} components missing (${missing.map((c) => c.code).join(', ')})`,
        ),
        'warning',
      );
    }
  }

  checkRankOrder(table, ctx, add);

  const present = table.rows.filter((r) => r.composite !== undefined || r.rank !== undefined || Object.keys(r.values).length > 0).length;
  if (present < ctx.expectedUnits) {
    add(
      undefined,
      undefined,
      'coverage',
      say(
        `${index.shortName} ${table.year}: ${present}/${ctx.expectedUnits} tỉnh có dữ liệu`,
        `${index.shortName} ${table.year}: ${present} of ${ctx.expectedUnits} provinces have data`,
      ),
      'warning',
    );
  }
  if (period.aggregation === 'unknown' && table.rows.some((r) => r.composite !== undefined && Object.keys(r.values).length > 0)) {
    notes.push(
      say(
        `${index.shortName} ${table.year}: điểm tổng hợp chưa được đối chiếu với các chỉ số thành phần (chưa biết cách tính của giai đoạn ${period.fromYear}–${period.toYear})`,
        `${index.shortName} ${table.year}: composite not checked against components (aggregation rule unknown for ${period.fromYear}–${period.toYear})`,
      ),
    );
  }
  return { issues, notes };
}
