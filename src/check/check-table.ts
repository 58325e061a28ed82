import type { IndexDef, Issue, Observation, Period, YearTable } from '../model/types.js';
import { aggregate, childrenOf, mainComponents, subSum } from '../analysis/composite.js';
import { roundTo } from '../model/round-number.js';
import { say, type Message } from '../model/text.js';
import { checkShape } from './check-shape.js';

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

  for (const row of [...table.rows, ...table.aggregates]) {
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
    for (const c of period.components) {
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
    for (const id of row.sources.filter((s) => !ctx.sourceIds.has(s)))
      add(row, 'source', 'unknown-source', say(`nguồn "${id}" không có trong sources.csv`, `unknown source "${id}" (not in sources.csv)`));
  }

  const parts = mainComponents(period);
  const children = childrenOf(period);
  for (const row of table.rows) {
    checkRankCell(row, row.rank, 'rank', ctx, add);
    for (const [code, rank] of Object.entries(row.componentRanks)) checkRankCell(row, rank, `${code}_rank`, ctx, add);
    const computed = aggregate(period, row.values);
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
      for (const c of parts) {
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

type Add = (row: Observation | undefined, field: string | undefined, check: string, message: Message, severity?: Issue['severity']) => void;

function checkRankCell(row: Observation, rank: number | undefined, field: string, ctx: TableContext, add: Add): void {
  const of = row.rankOf ?? ctx.expectedUnits;
  if (row.rankOf !== undefined && (!Number.isInteger(row.rankOf) || row.rankOf < 1)) {
    add(
      row,
      'rank_of',
      'bad-rank',
      say(
        `${ctx.nameOf(row.province)}: rank_of ${row.rankOf} không phải là số nguyên dương`,
        `${ctx.nameOf(row.province)}: rank_of ${row.rankOf} is not a positive whole number`,
      ),
    );
  }
  if (rank === undefined) return;
  if (!Number.isInteger(rank) || rank < 1 || rank > of) {
    add(
      row,
      field,
      'bad-rank',
      say(
        `${ctx.nameOf(row.province)}: ${field} ${rank} không phải là số nguyên trong khoảng 1..${of}`,
        `${ctx.nameOf(row.province)}: ${field} ${rank} is not a whole number in 1..${of}`,
      ),
    );
  }
}

/**
 * Published ranks must agree with the published scores: nobody ranked better may score lower, and a
 * rank r needs at most r − 1 provinces scoring higher. Scores equal at the published precision are ties,
 * which may be ordered either way.
 */
function checkRankOrder(table: YearTable, ctx: TableContext, add: Add): void {
  const p = ctx.index.precision;
  const scored = table.rows.filter((r) => r.composite !== undefined).map((r) => ({ row: r, score: roundTo(r.composite!, p) }));
  // Ranks outside 1..N are reported by checkRankCell; ordering them too would repeat the problem.
  const ranked = scored.filter((s) => validRank(s.row, ctx)).sort((a, b) => a.row.rank! - b.row.rank!);
  for (let i = 1; i < ranked.length; i++) {
    const [a, b] = [ranked[i - 1]!, ranked[i]!];
    if (a.score < b.score) {
      add(
        b.row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(b.row.province)} (hạng ${b.row.rank}, ${b.score}) có điểm cao hơn ${ctx.nameOf(a.row.province)} (hạng ${a.row.rank}, ${a.score})`,
          `${ctx.nameOf(b.row.province)} (rank ${b.row.rank}, ${b.score}) scores higher than ${ctx.nameOf(a.row.province)} (rank ${a.row.rank}, ${a.score})`,
        ),
      );
    } else if (a.row.rank === b.row.rank && a.score !== b.score) {
      add(
        b.row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(b.row.province)} đồng hạng ${b.row.rank} với ${ctx.nameOf(a.row.province)} nhưng điểm khác nhau (${b.score} và ${a.score})`,
          `${ctx.nameOf(b.row.province)} shares rank ${b.row.rank} with ${ctx.nameOf(a.row.province)} but their scores differ (${b.score} vs ${a.score})`,
        ),
      );
    }
  }
  const scores = scored.map((s) => s.score).sort((x, y) => y - x);
  for (const { row, score } of ranked) {
    const higher = countAbove(scores, score, false);
    const unscored = (row.rankOf ?? ctx.expectedUnits) - scores.length;
    const atLeast = countAbove(scores, score, true);
    if (row.rank! <= higher) {
      add(
        row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(row.province)}: hạng ${row.rank} nhưng ${higher} tỉnh trong tệp có điểm cao hơn ${score}`,
          `${ctx.nameOf(row.province)}: rank ${row.rank} but ${higher} provinces in the file score higher than ${score}`,
        ),
      );
    } else if (row.rank! > atLeast + Math.max(unscored, 0)) {
      add(
        row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(row.province)}: hạng ${row.rank} thấp hơn mức điểm cho phép (${atLeast} tỉnh có điểm từ ${score} trở lên, ${Math.max(unscored, 0)} tỉnh không có điểm)`,
          `${ctx.nameOf(row.province)}: rank ${row.rank} is lower than the scores allow (${atLeast} provinces score ${score} or more, ${Math.max(unscored, 0)} have no score)`,
        ),
      );
    }
  }
}

function validRank(row: Observation, ctx: TableContext): boolean {
  const r = row.rank;
  return r !== undefined && Number.isInteger(r) && r >= 1 && r <= (row.rankOf ?? ctx.expectedUnits);
}

/** Number of entries of a descending array greater than `x` (or equal too, if `inclusive`), by binary search. */
function countAbove(desc: number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid]! > x || (inclusive && desc[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
