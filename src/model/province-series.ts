import { UsageError } from './errors.js';
import type { Province } from './types.js';
import { quote } from './sanitize.js';
import type { Definitions } from './definitions.js';
import { say, type Bilingual } from './text.js';

/** Province used when none is given: CHISO_PROVINCE, else Quảng Trị (the directive's province). */
export const DEFAULT_PROVINCE = 'Quảng Trị';

/**
 * Codes of the national rows in provinces.csv, in order of preference: the national figure ("Cả
 * nước": PAPI, SIPAS), then the published mean of the provinces (PAR INDEX). `--benchmark national`
 * and the series named "Cả nước" both read the first of them a year's table has.
 */
export const NATIONAL_ROWS = ['vn', 'vn-average'];

/**
 * Resolves a province named on the command line ("quang tri", "Quảng Trị", "QUANG TRI", "TT-Huế")
 * to the unit of that name in index year `year` (names of merged units changed meaning in 2025).
 * An unknown name is a UsageError suggesting the nearest known one.
 */
export function resolveProvince(defs: Definitions, name: string, year: number): Province {
  const found = defs.provinces.resolve(name, year);
  if (found && found.kind === 'unit') return found;
  const units = defs.provinces.matches(name).filter((p) => p.kind === 'unit');
  if (units.length > 0) throw new UsageError(notAUnit(units[0]!.nameVi, year));
  unknownProvince(defs, name, GENERIC_REFUSAL);
}

/** A name that is no province: its own class, so that a bare word (`chiso xyz`) can be reported as neither a command nor a province. */
export class UnknownProvinceError extends UsageError {
  constructor(
    readonly given: string,
    readonly suggestions: string[],
  ) {
    super(
      say(`không tìm thấy tỉnh ${quote(given)}`, `unknown province ${quote(given)}`),
      suggestions.length > 0
        ? say(`có phải ý bạn là ${orList(suggestions, 'hoặc')}?`, `did you mean ${orList(suggestions, 'or')}?`)
        : say('xem tên và tên gọi khác của các tỉnh trong data/provinces.csv', 'see data/provinces.csv for names and aliases'),
    );
  }
}

/** "a, b or c" in either language. */
export function orList(items: string[], or: string): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}` : (items[0] ?? '');
}

/** The message for a name that denotes a province, though not one that existed in `year`. */
export function notAUnit(name: string, year: number): Bilingual {
  return say(`${name} không phải là đơn vị cấp tỉnh năm ${year}`, `${name} is not a provincial unit in ${year}`);
}

/** Whether a command takes an aggregate, or why it needs a province instead. */
export type AggregatePolicy = 'allow' | { refuse: Bilingual };

const GENERIC_REFUSAL: Bilingual = say('lệnh này cần một tỉnh', 'this command needs a province');

/** The one-line usage error for an aggregate named where a province is needed, saying why. */
export function aggregateRefusal(aggregate: Province, why: Bilingual): UsageError {
  const name = aggregate.nameVi;
  return new UsageError(
    say(`"${name}" là số liệu chung, không phải một tỉnh: ${why.vi}`, `"${name}" is an aggregate, not a province: ${why.en}`),
    say('hãy nêu một tỉnh, ví dụ "Quảng Trị"; chiso ranks liệt kê mọi tỉnh', 'name a province, e.g. "Quảng Trị"; chiso ranks lists every province'),
  );
}

/** Throws the usage error for a name no unit has: an aggregate's refusal, else the nearest spellings as a hint. */
function unknownProvince(defs: Definitions, name: string, why: Bilingual): never {
  const aggregate = defs.provinces.matches(name).find((p) => p.kind === 'aggregate');
  if (aggregate) throw aggregateRefusal(aggregate, why);
  throw new UnknownProvinceError(
    name,
    defs.provinces.suggest(name).map((p) => `"${p.nameVi}"`),
  );
}

/**
 * All units a name refers to over time, oldest first: "Quảng Trị" is the old province to 2024
 * and the merged unit from 2025. Throws like resolveProvince when the name is unknown.
 * An aggregate ("Cả nước", "national", "VN") is refused with the policy's reason unless the
 * command allows it; then the series is its rows in order of preference (see aggregateSeries).
 */
export function provinceSeries(defs: Definitions, name: string, aggregates: AggregatePolicy = { refuse: GENERIC_REFUSAL }): Province[] {
  const units = defs.provinces.matches(name).filter((p) => p.kind === 'unit');
  if (units.length === 0 && aggregates === 'allow') {
    const series = aggregateSeries(defs, name);
    if (series.length > 0) return series;
  }
  if (units.length === 0) unknownProvince(defs, name, aggregates === 'allow' ? GENERIC_REFUSAL : aggregates.refuse);
  return [...units].sort((a, b) => (a.firstYear ?? 0) - (b.firstYear ?? 0));
}

/**
 * The aggregate rows a name denotes: "Cả nước" is the national row, and where a table has none,
 * the mean of the provinces (as `--benchmark national` reads it); any other aggregate is itself.
 */
export function aggregateSeries(defs: Definitions, name: string): Province[] {
  const found = defs.provinces.matches(name).find((p) => p.kind === 'aggregate');
  if (!found) return [];
  if (found.code !== NATIONAL_ROWS[0]) return [found];
  return NATIONAL_ROWS.flatMap((code) => defs.provinces.byCode.get(code) ?? []);
}

/** Whether a series is an aggregate's (never ranked), not a province's. */
export function isAggregate(series: Province[]): boolean {
  return series.length > 0 && series.every((p) => p.kind === 'aggregate');
}
