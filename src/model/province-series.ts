import { UsageError } from './errors.js';
import type { Province } from './types.js';
import { quote } from './sanitize.js';
import type { Definitions } from './definitions.js';
import { say, type Bilingual } from './text.js';

/** Province used when none is given: CHISO_PROVINCE, else Quảng Trị (the directive's province). */
export const DEFAULT_PROVINCE = 'Quảng Trị';

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
  unknownProvince(defs, name);
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

/** Throws the usage error for a name no unit has, with the nearest spelling as a hint. */
function unknownProvince(defs: Definitions, name: string): never {
  const aggregate = defs.provinces.matches(name).find((p) => p.kind === 'aggregate');
  if (aggregate)
    throw new UsageError(`"${aggregate.nameVi}" is an aggregate, not a province`, 'name a province, e.g. "Quảng Trị"; chiso ranks lists every province');
  throw new UnknownProvinceError(
    name,
    defs.provinces.suggest(name).map((p) => `"${p.nameVi}"`),
  );
}

/**
 * All units a name refers to over time, oldest first: "Quảng Trị" is the old province to 2024
 * and the merged unit from 2025. Throws like resolveProvince when the name is unknown.
 */
export function provinceSeries(defs: Definitions, name: string): Province[] {
  const units = defs.provinces.matches(name).filter((p) => p.kind === 'unit');
  if (units.length === 0) unknownProvince(defs, name);
  return [...units].sort((a, b) => (a.firstYear ?? 0) - (b.firstYear ?? 0));
}
