import { UsageError } from './errors.js';
import type { Province } from './types.js';
import { quote } from './sanitize.js';
import type { Definitions } from './definitions.js';

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
  if (units.length > 0) throw new UsageError(`${units[0]!.nameVi} is not a provincial unit in ${year}`);
  unknownProvince(defs, name);
}

/** A name that is no province: its own class, so that a bare word (`chiso xyz`) can be reported as neither a command nor a province. */
export class UnknownProvinceError extends UsageError {
  constructor(
    readonly given: string,
    readonly suggestions: string[],
  ) {
    const list = suggestions.length > 1 ? `${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}` : suggestions[0];
    super(`unknown province ${quote(given)}`, list ? `did you mean ${list}?` : 'see data/provinces.csv for names and aliases');
  }
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
