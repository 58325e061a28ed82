import type { RowOf } from '../model/fast-cells.js';
import type { componentRow } from '../model/schemas.js';
import { say, type Message } from '../model/text.js';
import type { ComponentDef, Period } from '../model/types.js';

/** components.csv as read: its rows (with their line numbers), its display path, and a column's number. */
export interface ComponentRows {
  rows: (RowOf<typeof componentRow> & { line: number })[];
  file: string;
  column: (name: string) => number | undefined;
}

/**
 * Gives each methodology period its components from components.csv, in file order, reporting rows
 * for an unknown period, duplicate codes, sub-components without a parent above them, and
 * weighted-mean periods without weights and maxima (or with weights that add up to 0).
 */
export function attachComponents(comp: ComponentRows, periods: Period[], err: (file: string, line: number, message: Message, column?: number) => void): void {
  const componentsOf = new Map<string, ComponentDef[]>();
  const codesOf = new Map<string, Map<string, ComponentDef>>();
  const mainsOf = new Map<string, Set<string>>();
  const periodKey = (index: string, id: string) => `${index}\u0000${id}`;
  const periodKeys = new Set(periods.map((p) => periodKey(p.index, p.id)));
  for (const r of comp.rows) {
    if (!periodKeys.has(periodKey(r.index, r.period)))
      err(
        comp.file,
        r.line,
        say(`methodology.csv không có giai đoạn phương pháp ${r.index} ${r.period}`, `no methodology period ${r.index} ${r.period} in methodology.csv`),
      );
    const key = periodKey(r.index, r.period);
    const list = componentsOf.get(key) ?? [];
    // The codes of a period so far, by code (the first of each): one lookup per row, not a scan.
    const seen = codesOf.get(key) ?? new Map<string, ComponentDef>();
    if (seen.has(r.code))
      err(
        comp.file,
        r.line,
        say(`chỉ số thành phần ${r.code} bị trùng trong ${r.index} ${r.period}`, `duplicate component ${r.code} in ${r.index} ${r.period}`),
      );
    if (r.kind === 'sub' && !(r.parent !== undefined && mainsOf.get(key)?.has(r.parent))) {
      err(
        comp.file,
        r.line,
        say(
          `chỉ số thành phần con ${r.code} cần một chỉ số thành phần cha ghi ở dòng phía trên`,
          `sub-component ${r.code} needs a parent component listed above it`,
        ),
      );
    }
    const def: ComponentDef = { code: r.code, kind: r.kind, parent: r.parent, nameVi: r.name_vi, nameEn: r.name_en, max: r.max, weight: r.weight };
    list.push(def);
    if (!seen.has(r.code)) seen.set(r.code, def);
    if (r.kind === 'component') mainsOf.set(key, (mainsOf.get(key) ?? new Set<string>()).add(r.code));
    componentsOf.set(key, list);
    codesOf.set(key, seen);
  }
  for (const p of periods) p.components = componentsOf.get(periodKey(p.index, p.id)) ?? [];
  for (const p of periods) {
    if (p.aggregation !== 'weighted-mean') continue;
    const main = p.components.filter((c) => c.kind === 'component');
    for (const c of main.filter((c) => c.weight === undefined || c.max === undefined)) {
      err(
        comp.file,
        1,
        say(`${p.index} ${p.id}: weighted-mean cần weight và max cho ${c.code}`, `${p.index} ${p.id}: weighted-mean needs weight and max for ${c.code}`),
      );
    }
    // All-zero weights would divide by zero: the composite could not be checked or recomputed.
    const weights = main.map((c) => c.weight ?? 0);
    if (main.length > 0 && weights.every((w) => w === 0)) {
      const last = comp.rows.filter((r) => r.index === p.index && r.period === p.id && r.kind === 'component').at(-1);
      err(
        comp.file,
        last?.line ?? 1,
        say(`${p.index} ${p.id}: tổng trọng số của weighted-mean bằng 0`, `${p.index} ${p.id}: the weights of a weighted-mean add up to 0`),
        comp.column('weight'),
      );
    }
  }
}
