import type { Definitions } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { denoise } from '../../analysis/round.js';
import type { DefinitionSubject, DiffChange } from './result.js';

/** One side of a comparison: its definitions, department mapping, and the file each record kind is read from. */
export interface DefinitionSide {
  defs: Definitions;
  mapping: DepartmentMapping;
  files: Record<DefinitionSubject, string>;
  /** Line of each record in its file, by subject and key (as `diff` keys them), where known. */
  lines?: Partial<Record<DefinitionSubject, Map<string, number>>>;
}

type Value = string | number | undefined;
interface DefRecord {
  index?: string;
  /** Year span the record applies to, for --year. */
  years?: [number, number];
  line?: number;
  fields: Record<string, Value>;
}

/** Every definition record of one side, by subject and key. */
function records(side: DefinitionSide): Map<DefinitionSubject, Map<string, DefRecord>> {
  const { defs, mapping } = side;
  const out = new Map<DefinitionSubject, Map<string, DefRecord>>(
    ['index', 'period', 'component', 'department', 'source'].map((s) => [s as DefinitionSubject, new Map()]),
  );
  for (const i of defs.indices.values()) {
    out.get('index')!.set(i.id, {
      index: i.id,
      fields: {
        short_name: i.shortName,
        name_vi: i.nameVi,
        name_en: i.nameEn,
        publisher: i.publisher,
        publisher_en: i.publisherEn,
        composite: i.compositeCode,
        rank_kind: i.rankKind,
        precision: i.precision,
      },
    });
  }
  for (const p of defs.periods) {
    const years: [number, number] = [p.fromYear, p.toYear];
    out.get('period')!.set(`${p.index} ${p.fromYear}-${p.toYear}`, {
      index: p.index,
      years,
      fields: { period: p.id, aggregation: p.aggregation, composite_max: p.compositeMax, tolerance: p.tolerance, sub_tolerance: p.subTolerance },
    });
    for (const c of p.components) {
      const key = `${p.index} ${p.id} ${c.code}`;
      const prev = out.get('component')!.get(key);
      // A period split into several year ranges lists its components once; the record spans them all.
      const span: [number, number] = prev?.years ? [Math.min(prev.years[0], p.fromYear), Math.max(prev.years[1], p.toYear)] : years;
      out.get('component')!.set(key, {
        index: p.index,
        years: span,
        fields: { kind: c.kind, parent: c.parent, max: c.max, weight: c.weight, name_vi: c.nameVi, name_en: c.nameEn },
      });
    }
  }
  for (const a of mapping.assignments) {
    out.get('department')!.set(`${a.index} ${a.component}${a.from ? ` from ${a.from}` : ''}`, {
      index: a.index,
      line: a.line,
      fields: { lead: a.lead.join('; '), coordinating: a.coordinating.join('; '), to: a.to, basis: a.basis, source: a.source },
    });
  }
  for (const s of defs.sources.values()) {
    out.get('source')!.set(s.id, { fields: { title: s.title, url: s.url, repository: s.repository, path: s.path, commit: s.commit, licence: s.licence } });
  }
  return out;
}

/** Which definition records to compare: those of the given indices (sources only without --index) overlapping the years. */
export interface DefinitionScope {
  indices?: string[];
  yearList?: number[];
}

function inScope(r: DefRecord, scope: DefinitionScope): boolean {
  if (scope.indices && (r.index === undefined || !scope.indices.includes(r.index))) return false;
  if (scope.yearList && r.years) return scope.yearList.some((y) => y >= r.years![0] && y <= r.years![1]);
  return true;
}

/** Components, weights, maxima, methodology periods, department assignments and sources added, removed or changed. */
export function diffDefinitions(old: DefinitionSide, next: DefinitionSide, scope: DefinitionScope): DiffChange[] {
  const [ra, rb] = [records(old), records(next)];
  const changes: DiffChange[] = [];
  for (const [subject, mapB] of rb) {
    const mapA = ra.get(subject)!;
    const file = next.files[subject];
    for (const [key, b] of mapB) {
      if (!inScope(b, scope)) continue;
      const a = mapA.get(key);
      const base = { revised: false, subject, key, index: b.index, file, line: b.line ?? next.lines?.[subject]?.get(key) };
      if (!a) {
        changes.push({ kind: 'definition-added', ...base });
        continue;
      }
      for (const field of Object.keys(b.fields)) {
        const [va, vb] = [a.fields[field], b.fields[field]];
        if (va === vb) continue;
        const delta = typeof va === 'number' && typeof vb === 'number' ? denoise(vb - va) : undefined;
        changes.push({ kind: 'definition-changed', ...base, field, old: va, new: vb, delta });
      }
    }
    for (const [key, a] of mapA) {
      if (mapB.has(key) || !inScope(a, scope)) continue;
      changes.push({ kind: 'definition-removed', revised: false, subject, key, index: a.index, file });
    }
  }
  return changes;
}
