import { UsageError } from '../model/errors.js';

/** Index ids the bundled data defines; other data folders may define more, which the loader checks. */
const INDEX_ALIASES: Record<string, string> = { par: 'par-index', parindex: 'par-index', 'par_index': 'par-index' };

/** The single index a command works on (`--index pci`); a list is a usage error with `hint`. */
export function singleIndex(value: string | undefined, command: string, hint = 'e.g. --index pci'): string {
  const ids = indexList(value)!;
  if (ids.length !== 1) throw new UsageError(`chiso ${command} takes one index`, hint);
  return ids[0]!;
}

/** Splits `--index pci,papi` into ids (accepting "par" and "par_index" for par-index); undefined when absent. */
export function indexList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean).map((s) => INDEX_ALIASES[s] ?? s);
  if (ids.length === 0) throw new UsageError('--index needs at least one index id');
  return ids;
}
