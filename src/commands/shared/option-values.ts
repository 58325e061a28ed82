import { UsageError } from '../../model/errors.js';
import { say, type Message } from '../../model/text.js';

// The values of options shared by several commands, parsed: each a usage error naming the option when it is wrong.

/** Parses `--as-of` to an ISO day (YYYY-MM-DD or DD/MM/YYYY), `today` when absent; a usage error otherwise. */
export function asOfValue(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const [y, mo, d] = m === null ? [] : v.includes('/') ? [m[3]!, m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0')] : [m[1]!, m[2]!, m[3]!];
  const iso = `${y}-${mo}-${d}`;
  if (m === null || new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).toISOString().slice(0, 10) !== iso) {
    throw new UsageError(
      say(`--as-of phải là một ngày (YYYY-MM-DD hoặc DD/MM/YYYY), không phải "${value}"`, `--as-of must be a date (YYYY-MM-DD or DD/MM/YYYY), got "${value}"`),
    );
  }
  return iso;
}

/** Parses a whole number option, or throws a UsageError naming the option. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(say(`${name} phải là một số nguyên, không phải "${value}"`, `${name} must be a whole number, got "${value}"`));
  return Number(value);
}

/** The default of `-n`. */
export const DEFAULT_COUNT = '3';

/** Parses `-n` (at least 1). */
export function countValue(value: string): number {
  const n = intOption(value, '-n')!;
  if (n < 1) throw new UsageError(say('-n phải từ 1 trở lên', '-n must be at least 1'));
  return n;
}

/** Other spellings of the bundled index ids (after folding case, spaces and underscores to "-"); other data folders may define more ids, which the loader checks. */
const INDEX_ALIASES: Record<string, string> = { par: 'par-index', parindex: 'par-index' };

/** The single index a command works on (`--index pci`); a list is a usage error with `hint`. */
export function singleIndex(value: string | undefined, command: string, hint: Message = say('ví dụ: --index pci', 'e.g. --index pci')): string {
  const ids = indexList(value)!;
  if (ids.length !== 1) throw new UsageError(say(`chiso ${command} chỉ nhận một chỉ số`, `chiso ${command} takes one index`), hint);
  return ids[0]!;
}

/** Splits `--index pci,papi` into distinct ids, in any case and spelling of the display name ("PAR INDEX", "par_index", "Papi"); undefined when absent. */
export function indexList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    )
    .filter(Boolean)
    .map((s) => INDEX_ALIASES[s] ?? s);
  if (ids.length === 0) throw new UsageError(say('--index cần ít nhất một mã chỉ số', '--index needs at least one index id'));
  // An index named twice ("pci,PCI") is one index: its years were listed twice, each "changed" from itself.
  return [...new Set(ids)];
}
