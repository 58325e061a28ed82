import type { Assignment } from '../model/departments.js';
import { nameKey } from '../model/provinces.js';
import { UsageError } from '../model/errors.js';
import { say } from '../model/text.js';

/**
 * The day an index year's assignment is read on: its last day. A report on year Y goes to the
 * departments that exist at the end of Y, so a mid-year reorganisation already applies to Y.
 */
export function reportDay(year: number): string {
  return `${year}-12-31`;
}

/**
 * The day assignments are read on: an ISO day as given (`--as-of`, chosen independently of the data
 * year), or a year's report day.
 */
export function dayOf(when: number | string): string {
  return typeof when === 'number' ? reportDay(when) : when;
}

/** Whether an assignment is in force on an ISO day. */
export function inForce(a: Assignment, day: string): boolean {
  return (a.from === undefined || a.from <= day) && (a.to === undefined || day <= a.to);
}

/** Whether two assignments' date ranges share a day. */
export function overlaps(a: Assignment, b: Assignment): boolean {
  return (a.from === undefined || b.to === undefined || a.from <= b.to) && (b.from === undefined || a.to === undefined || b.from <= a.to);
}

/**
 * The assignment in force for a component on a day (an ISO day, or an index year's report day). A
 * sub-component without its own row falls back to its parent's (pass `parent`), since the parent's
 * owner answers for its parts.
 */
export function departmentFor(mapping: Assignment[], index: string, component: string, when: number | string, parent?: string): Assignment | undefined {
  const day = dayOf(when);
  const byComponent = assignmentIndex(mapping);
  const own = byComponent.get(`${index}\u0000${component}`)?.find((a) => inForce(a, day));
  if (own || parent === undefined) return own;
  return byComponent.get(`${index}\u0000${parent}`)?.find((a) => inForce(a, day));
}

const assignmentMemo = new WeakMap<Assignment[], Map<string, Assignment[]>>();

/** The assignments of each index and component, in mapping order (built once per mapping, not scanned per lookup). */
function assignmentIndex(mapping: Assignment[]): Map<string, Assignment[]> {
  let out = assignmentMemo.get(mapping);
  if (!out) {
    out = new Map();
    for (const a of mapping) {
      const key = `${a.index}\u0000${a.component}`;
      const list = out.get(key);
      if (list) list.push(a);
      else out.set(key, [a]);
    }
    assignmentMemo.set(mapping, out);
  }
  return out;
}

/** One component a department answers for, and in which role. */
export interface OwnedComponent {
  assignment: Assignment;
  role: 'lead' | 'coordinating';
}

/**
 * Every assignment naming a department as lead or coordinating body, in mapping order; with a
 * year or an ISO day, only those in force then.
 */
export function componentsOfDepartment(mapping: Assignment[], department: string, when?: number | string): OwnedComponent[] {
  const day = when === undefined ? undefined : dayOf(when);
  return mapping.flatMap((a): OwnedComponent[] => {
    if (day !== undefined && !inForce(a, day)) return [];
    if (a.lead.includes(department)) return [{ assignment: a, role: 'lead' }];
    if (a.coordinating.includes(department)) return [{ assignment: a, role: 'coordinating' }];
    return [];
  });
}

/** Whether a name stands for a group of bodies in the mapping (no sheet goes to it). */
export function isGroup(groups: readonly string[] | undefined, name: string): boolean {
  return groups !== undefined && groups.includes(name);
}

/** The distinct bodies a mapping names (lead or coordinating), in order of first appearance. */
export function departmentNames(mapping: Assignment[]): string[] {
  return [...new Set(mapping.flatMap((a) => [...a.lead, ...a.coordinating]))];
}

/**
 * Finds the department a user means among `names`: the same name in any spelling, else the one
 * name containing it ("tư pháp" → "Sở Tư pháp"), also through the usual abbreviation
 * ("Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư"). Several candidates means the query is ambiguous.
 */
export function matchDepartment(names: string[], query: string): { match?: string; candidates: string[] } {
  const q = nameKey(query);
  if (q === '') return { candidates: [] };
  const exact = names.filter((n) => nameKey(n) === q || abbreviation(n) === q);
  if (exact.length === 1) return { match: exact[0], candidates: exact };
  const partial = names.filter((n) => nameKey(n).includes(q) || abbreviation(n).includes(q));
  return partial.length === 1 ? { match: partial[0], candidates: partial } : { candidates: partial };
}

/**
 * The short form Vietnamese documents use for a department: "Sở" and "tỉnh" kept whole, words in
 * capitals (UBND) kept, "và" dropped, other words by their initial — "Sở Kế hoạch và Đầu tư" →
 * "sokhdt" (as in "Sở KH&ĐT"), "Văn phòng UBND tỉnh" → "vpubndtinh" (as in "VP UBND tỉnh").
 */
function abbreviation(name: string): string {
  return name
    .split(/[\s\-–&,()]+/)
    .filter(Boolean)
    .map((w) => {
      const key = nameKey(w);
      if (key === 'va') return '';
      if (key === 'so' || key === 'tinh') return key;
      return w.length > 1 && w === w.toUpperCase() ? key : key.slice(0, 1);
    })
    .join('');
}

/** The department a query names (any spelling, part of a name, abbreviation), or a UsageError listing the candidates. */
export function resolveDepartment(mapping: Assignment[], query: string): string {
  const found = matchDepartment(departmentNames(mapping), query);
  if (found.match) return found.match;
  throw found.candidates.length > 1
    ? new UsageError(say(`"${query}" khớp với nhiều sở, ngành`, `"${query}" matches several departments`), found.candidates.join('; '))
    : new UsageError(
        say(`không tìm thấy sở, ngành "${query}"`, `unknown department "${query}"`),
        say('lệnh chiso departments liệt kê tên các sở, ngành trong bảng phân công', 'run chiso departments to see the names in the mapping'),
      );
}

/** A date range for people: whole years as years ("2025–…", "…–2024"), open ends as "…", and "…" alone when always in force. */
export function formatSpan(from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return '…';
  const start = from === undefined ? '…' : from.endsWith('-01-01') ? from.slice(0, 4) : from;
  const end = to === undefined ? '…' : to.endsWith('-12-31') ? to.slice(0, 4) : to;
  return `${start}–${end}`;
}

/** An assignment as reports show it: who, since and until when, and how it is known. */
export interface DepartmentRef {
  lead: string[];
  coordinating: string[];
  from: string | null;
  to: string | null;
  basis: Assignment['basis'];
  source: string | null;
  note: string | null;
}

/** The report form of an assignment (nulls rather than missing fields, for JSON). */
export function departmentRef(a: Assignment): DepartmentRef {
  return { lead: a.lead, coordinating: a.coordinating, from: a.from ?? null, to: a.to ?? null, basis: a.basis, source: a.source ?? null, note: a.note ?? null };
}
