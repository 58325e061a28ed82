import type { Dataset } from '../../model/dataset.js';
import type { Observation, YearTable } from '../../model/types.js';
import { denoise } from '../../analysis/round.js';
import type { DiffChange, DiffSummary } from './result.js';
import { nearEqual } from './near.js';

/** Which index-years to compare. */
export interface ValueScope {
  indices: string[];
  years?: (year: number) => boolean;
}

/** The measures of a row by column name: the composite, components, rank, rank_of and component ranks. */
function measures(row: Observation, compositeCode: string): Map<string, number> {
  const out = new Map<string, number>();
  if (row.composite !== undefined) out.set(compositeCode, row.composite);
  for (const [code, v] of Object.entries(row.values)) out.set(code, v);
  if (row.rank !== undefined) out.set('rank', row.rank);
  if (row.rankOf !== undefined) out.set('rank_of', row.rankOf);
  for (const [code, v] of Object.entries(row.componentRanks)) out.set(`${code}_rank`, v);
  return out;
}

const isRank = (measure: string) => measure === 'rank' || measure === 'rank_of' || measure.endsWith('_rank');

/** Rows of a table (units and aggregates) by province code. */
function byProvince(table: YearTable): Map<string, Observation> {
  return new Map([...table.rows, ...table.aggregates].map((r) => [r.province, r]));
}

/** Year files, provinces and values that differ between two datasets, with a summary per index-year. */
export function diffValues(old: Dataset, next: Dataset, scope: ValueScope): { changes: DiffChange[]; summary: DiffSummary[]; unchanged: number } {
  const changes: DiffChange[] = [];
  const summary: DiffSummary[] = [];
  let unchanged = 0;
  for (const index of scope.indices) {
    const precision = (next.defs.indices.get(index) ?? old.defs.indices.get(index))?.precision ?? 0;
    const compositeCode = (next.defs.indices.get(index) ?? old.defs.indices.get(index))?.compositeCode ?? index;
    const years = [...new Set([...old.years(index), ...next.years(index)])].filter((y) => !scope.years || scope.years(y)).sort((a, b) => a - b);
    for (const year of years) {
      const [a, b] = [old.table(index, year), next.table(index, year)];
      const s: DiffSummary = {
        index,
        year,
        status: a && b ? 'compared' : b ? 'added' : 'removed',
        provincesAdded: 0,
        provincesRemoved: 0,
        valuesChanged: 0,
        valuesAdded: 0,
        valuesRemoved: 0,
        ranksChanged: 0,
      };
      if (!a || !b) {
        const t = (b ?? a)!;
        changes.push({ kind: b ? 'year-added' : 'year-removed', revised: !b, index, year, file: t.file });
        if (b) s.provincesAdded = b.rows.length + b.aggregates.length;
        else s.provincesRemoved = a!.rows.length + a!.aggregates.length;
        summary.push(s);
        continue;
      }
      const before = changes.length;
      const [rowsA, rowsB] = [byProvince(a), byProvince(b)];
      const at = (row: Observation | undefined, measure?: string) => ({
        file: b.file,
        line: row?.line,
        column: measure ? b.columns[measure] : row ? b.columns.province : undefined,
      });
      for (const [province, rowB] of rowsB) {
        const rowA = rowsA.get(province);
        if (!rowA) {
          changes.push({ kind: 'province-added', revised: false, index, year, province, ...at(rowB) });
          s.provincesAdded++;
          continue;
        }
        const [ma, mb] = [measures(rowA, compositeCode), measures(rowB, compositeCode)];
        for (const measure of [...new Set([...ma.keys(), ...mb.keys()])]) {
          const [va, vb] = [ma.get(measure), mb.get(measure)];
          const rank = isRank(measure);
          if (va !== undefined && vb !== undefined) {
            if (nearEqual(va, vb, rank ? 0 : precision)) continue;
            changes.push({
              kind: rank ? 'rank-changed' : 'value-changed',
              revised: true,
              index,
              year,
              province,
              measure,
              old: va,
              new: vb,
              delta: denoise(vb - va),
              ...at(rowB, measure),
            });
            if (rank) s.ranksChanged++;
            else s.valuesChanged++;
          } else if (vb !== undefined) {
            changes.push({ kind: rank ? 'rank-added' : 'value-added', revised: false, index, year, province, measure, new: vb, ...at(rowB, measure) });
            if (rank) s.ranksChanged++;
            else s.valuesAdded++;
          } else {
            changes.push({ kind: rank ? 'rank-removed' : 'value-removed', revised: true, index, year, province, measure, old: va, ...at(rowB, measure) });
            if (rank) s.ranksChanged++;
            else s.valuesRemoved++;
          }
        }
      }
      for (const province of rowsA.keys()) {
        if (rowsB.has(province)) continue;
        changes.push({ kind: 'province-removed', revised: true, index, year, province, file: b.file });
        s.provincesRemoved++;
      }
      if (changes.length > before) summary.push(s);
      else unchanged++;
    }
  }
  return { changes, summary, unchanged };
}
