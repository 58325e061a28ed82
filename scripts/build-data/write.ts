import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Build, Row, SourceDef } from './build.js';

const COMPOSITE: Record<string, string> = { pci: 'pci', papi: 'papi', 'par-index': 'par_index', sipas: 'sipas' };
/** Columns of a year file: identity, composite and rank, then the components of that year's period in data order. */
function columnOrder(b: Build, index: string, year: number): string[] {
  const period = b.periods.find((p) => p.index === index && p.from_year <= year && year <= p.to_year)!.period;
  const own = b.components.filter((c) => c.index === index && c.period === period);
  const ranks = own.filter((c) => c.kind === 'component').map((c) => `${c.code}_rank`);
  return ['province', COMPOSITE[index]!, 'rank', 'rank_of', 'tier', ...own.map((c) => c.code), ...ranks, 'source', 'note'];
}

/** Writes every year file (the index folders are replaced whole) and data/sources.csv. */
export function writeTables(b: Build, out: string): void {
  for (const index of ['pci', 'papi', 'par-index', 'sipas']) rmSync(join(out, index), { recursive: true, force: true });
  for (const [key, table] of [...b.tables].sort(([x], [y]) => x.localeCompare(y))) {
    const [index, year] = key.split('/') as [string, string];
    const rows = [...table.values()];
    const all = columnOrder(b, index, Number(year));
    for (const r of rows)
      for (const k of Object.keys(r))
        if (!all.includes(k) && r[k] !== '') throw new Error(`${key} ${r.province}: column ${k} is not in the period's components`);
    const order = all.filter((c) => rows.some((r) => r[c] !== undefined && r[c] !== ''));
    const unit = (r: Row) => b.registry.byCode.get(r.province!)!;
    const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
    // Provinces before aggregates; then by published rank, then by score (descending), then by name.
    const sorted = rows.sort(
      (a, b) =>
        Number(unit(a).kind === 'aggregate') - Number(unit(b).kind === 'aggregate') ||
        (num(a.rank) ?? Infinity) - (num(b.rank) ?? Infinity) ||
        (num(b[COMPOSITE[index]!]) ?? -1) - (num(a[COMPOSITE[index]!]) ?? -1) ||
        unit(a).nameVi.localeCompare(unit(b).nameVi, 'vi'),
    );
    const cells = sorted.map((r) => order.map((c) => (c === 'province' ? unit(r).nameVi : (r[c] ?? ''))));
    mkdirSync(join(out, index), { recursive: true });
    writeFileSync(join(out, index, `${year}.csv`), Papa.unparse({ fields: order, data: cells }, { newline: '\n' }) + '\n');
  }
  const sourceFields = ['id', 'title', 'titleVi', 'url', 'repository', 'path', 'commit', 'licence', 'note'];
  writeFileSync(
    join(out, 'sources.csv'),
    Papa.unparse(
      {
        fields: sourceFields.map((f) => (f === 'titleVi' ? 'title_vi' : f)),
        data: [...b.sources.values()].map((s) => sourceFields.map((f) => s[f as keyof SourceDef] ?? '')),
      },
      { newline: '\n' },
    ) + '\n',
  );
  console.log(`wrote ${b.tables.size} year files and ${b.sources.size} sources to ${out}`);
}
