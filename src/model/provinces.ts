import type { RowOf } from './fast-cells.js';
import type { provinceRow } from './schemas.js';
import type { Province } from './types.js';

/** A row of provinces.csv as the province it describes. */
export function provinceOf(r: RowOf<typeof provinceRow>): Province {
  return {
    code: r.code,
    kind: r.kind,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    region: r.region,
    firstYear: r.first_year,
    lastYear: r.last_year,
    successor: r.successor,
    aliases: r.aliases,
  };
}

/**
 * The key two spellings of a province share: case, diacritics (Đ included), spacing, punctuation
 * and prefixes such as "TP.", "Thành phố", "Tỉnh" are ignored.
 */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/^(thanh pho\s+|tp\.?\s*|tinh\s+)/, '');
  return folded.replace(/[^a-z0-9]/g, '');
}

/**
 * The registry's name lookup as plain lists, for the data cache: each key with the codes of its
 * units, and each unit's own spellings with their keys. Folding the spellings of 89 units (two
 * Unicode normalisations and a \p{M} pattern each, all cold) cost a call resolving a province 2–3 ms.
 */
export interface NameIndex {
  keys: [string, string[]][];
  spellings: [string, string][];
}

/** Every spelling a unit is known by: its code, its names and its aliases. */
const namesOf = (p: Province): string[] => [p.code, p.nameVi, p.nameEn, ...p.aliases];

/** Looks provinces up by any known spelling, in the years each unit existed. */
export class ProvinceRegistry {
  readonly byCode = new Map<string, Province>();
  // Built on the first lookup by name: folding every spelling of every unit costs a call that never
  // looks one up (a ranking, a validation from the data cache) a few ms.
  private keys?: Map<string, Province[]>;
  // Year files name each province once per year: the same spellings come back in every table, and
  // folding one (two Unicode normalisations) costs more than reading its row.
  private readonly bySpelling = new Map<string, Province[]>();
  private readonly units = new Map<number, Province[]>();

  /** `index`: the lookup as `nameIndex` gave it for these units (the data cache), instead of folding every spelling. */
  constructor(
    readonly all: Province[],
    private readonly index?: NameIndex,
  ) {
    for (const p of all) this.byCode.set(p.code, p);
  }

  /** The name lookup as plain lists (see NameIndex). */
  nameIndex(): NameIndex {
    const keys = [...this.byKey].map(([key, ps]): [string, string[]] => [key, ps.map((p) => p.code)]);
    const spellings = [...new Set(this.all.flatMap(namesOf))].map((s): [string, string] => [s, nameKey(s)]);
    return { keys, spellings };
  }

  private get byKey(): Map<string, Province[]> {
    if (this.keys) return this.keys;
    if (this.index) {
      this.keys = new Map(this.index.keys.map(([key, codes]) => [key, codes.map((c) => this.byCode.get(c)!)]));
      for (const [spelling, key] of this.index.spellings) this.bySpelling.set(spelling, this.keys.get(key)!);
      return this.keys;
    }
    const byKey = (this.keys = new Map<string, Province[]>());
    for (const p of this.all) {
      for (const key of new Set(namesOf(p).map(nameKey))) {
        // A one-element literal, not `?? []` and a push: a pushed-to empty array reserves 17 slots (10⁵ units: 37 MB).
        const list = byKey.get(key);
        if (list) list.push(p);
        else byKey.set(key, [p]);
      }
    }
    return byKey;
  }

  /** Every unit (any year) one of whose spellings matches `name`. */
  matches(name: string): Province[] {
    const byKey = this.byKey; // first: a stored index gives the units' own spellings, which then need no folding
    let got = this.bySpelling.get(name);
    if (!got) {
      got = byKey.get(nameKey(name)) ?? [];
      // Bounded: only spellings that name a unit are kept (a file of typos does not grow it).
      if (got.length > 0) this.bySpelling.set(name, got);
    }
    return got;
  }

  /** The unit called `name` in index year `year` (units that did not exist then are skipped). */
  resolve(name: string, year: number): Province | undefined {
    return this.matches(name).find((p) => existsIn(p, year));
  }

  /** Units (not aggregates) that existed in index year `year`. */
  unitsIn(year: number): Province[] {
    let got = this.units.get(year);
    if (!got) this.units.set(year, (got = this.all.filter((p) => p.kind === 'unit' && existsIn(p, year))));
    return got;
  }

  /**
   * The provinces a user may have meant by an unknown `name`, for "did you mean" hints: those whose
   * initials it is ("ĐN": Đà Nẵng, Đồng Nai, Đắk Nông), else those closest in spelling (all that tie);
   * never a unit that `name` already spells, and never an aggregate ("Cả nước").
   */
  suggest(name: string): Province[] {
    const key = nameKey(name);
    const units = this.all.filter((p) => p.kind === 'unit' && !this.spellings(p).includes(key));
    const distinct = (ps: Province[]) => ps.filter((p, i) => ps.findIndex((q) => nameKey(q.nameVi) === nameKey(p.nameVi)) === i);
    const byInitials = units.filter((p) => [p.nameVi, p.nameEn, ...p.aliases].some((n) => initials(n) === key));
    if (key.length >= 2 && byInitials.length > 0) return distinct(byInitials);
    let best = Infinity;
    let near: Province[] = [];
    for (const p of units) {
      const d = Math.min(...this.spellings(p).map((k) => editDistance(key, k)));
      if (d < best) [best, near] = [d, [p]];
      else if (d === best) near.push(p);
    }
    return best <= Math.max(3, key.length / 2) ? distinct(near).slice(0, 5) : [];
  }

  private spellings(p: Province): string[] {
    return namesOf(p).map(nameKey);
  }

  /** The known province whose spelling is closest to `name`, for "did you mean" hints. */
  nearest(name: string, year?: number): Province | undefined {
    const key = nameKey(name);
    let best: Province | undefined;
    let bestDistance = Infinity;
    for (const [candidate, provinces] of this.byKey) {
      const p = provinces.find((q) => year === undefined || existsIn(q, year));
      if (!p) continue;
      const d = editDistance(key, candidate);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
    return bestDistance <= Math.max(3, key.length / 2) ? best : undefined;
  }
}

/** Whether a unit existed in an index year (first_year..last_year, either end open). */
export function existsIn(p: Province, year: number): boolean {
  return (p.firstYear === undefined || p.firstYear <= year) && (p.lastYear === undefined || year <= p.lastYear);
}

/** The first letters of a name's words, folded like nameKey ("Bà Rịa - Vũng Tàu" → "brvt", "TP Hồ Chí Minh" → "hcm"). */
function initials(name: string): string {
  const words = name.split(/[\s\-–.]+/).filter(Boolean);
  const first = words.filter((w, i) => !(i === 0 && /^(tp|thành|tỉnh)$/i.test(w)) && !(i === 1 && /^phố$/i.test(w)));
  return nameKey(first.map((w) => [...w.normalize('NFC')][0]).join(''));
}

/** Levenshtein distance; names are short, so the quadratic table is cheap. */
/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
