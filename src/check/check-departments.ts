import type { Assignment, DepartmentMapping } from '../model/departments.js';
import type { IndexDef, Issue, Period } from '../model/types.js';
import { formatSpan, inForce, overlaps, reportDay } from '../analysis/departments.js';
import { yearRuns } from '../model/lookup.js';
import { say, type Message } from '../model/text.js';

/** What a mapping is checked against: the indices and their methodology periods. */
export interface MappingContext {
  indices: Map<string, IndexDef>;
  periods: Period[];
}

/**
 * Checks a department mapping against the definitions: unknown index or component (errors),
 * a range ending before it starts or overlapping another range of the same component (errors:
 * the department of a year would be ambiguous), and components without a lead in some year of
 * their methodology (warnings: the report would have no one to ask); a `groups` name that is not
 * one of the row's bodies (error) or a row led only by groups (warning: no sheet could go to it).
 */
export function checkDepartments(mapping: DepartmentMapping, ctx: MappingContext): Issue[] {
  const issues: Issue[] = [];
  const at = (a: Assignment | undefined, field: string | undefined, check: string, message: Message, severity: Issue['severity'] = 'error', hint?: Message) =>
    issues.push({ severity, check, file: mapping.file, line: a?.line, column: field ? mapping.columns[field] : undefined, message, hint });

  const known = new Map<string, Set<string>>();
  for (const [id, def] of ctx.indices) {
    known.set(id, new Set([def.compositeCode, ...ctx.periods.filter((p) => p.index === id).flatMap((p) => p.components.map((c) => c.code))]));
  }

  const valid: Assignment[] = [];
  const byComponent = new Map<string, Assignment[]>();
  for (const a of mapping.assignments) {
    const codes = known.get(a.index);
    if (!codes) {
      at(
        a,
        'index',
        'unknown-index',
        say(`không có chỉ số "${a.index}"`, `unknown index "${a.index}"`),
        'error',
        say(`các chỉ số đã biết: ${[...ctx.indices.keys()].join(', ')}`, `known indices: ${[...ctx.indices.keys()].join(', ')}`),
      );
      continue;
    }
    if (!codes.has(a.component)) {
      const main = [
        ctx.indices.get(a.index)!.compositeCode,
        ...new Set(ctx.periods.filter((p) => p.index === a.index).flatMap((p) => p.components.filter((c) => c.kind === 'component').map((c) => c.code))),
      ];
      at(
        a,
        'component',
        'unknown-component',
        say(`${a.index} không có chỉ số thành phần "${a.component}"`, `unknown component "${a.component}" of ${a.index}`),
        'error',
        say(
          `các chỉ số thành phần của ${a.index}: ${main.join(', ')} (xem components.csv)`,
          `components of ${a.index}: ${main.join(', ')} (see components.csv)`,
        ),
      );
      continue;
    }
    if (a.from !== undefined && a.to !== undefined && a.to < a.from) {
      at(
        a,
        'effective_to',
        'bad-range',
        say(
          `${a.index} ${a.component}: effective_to ${a.to} trước effective_from ${a.from}`,
          `${a.index} ${a.component}: effective_to ${a.to} is before effective_from ${a.from}`,
        ),
      );
      continue;
    }
    const key = `${a.index}\u0000${a.component}`;
    const same = byComponent.get(key) ?? [];
    const clash = same.find((b) => overlaps(a, b));
    if (clash) {
      at(
        a,
        'effective_from',
        'overlapping-assignment',
        say(
          `${a.index} ${a.component}: ${formatSpan(a.from, a.to)} trùng với ${formatSpan(clash.from, clash.to)} ở dòng ${clash.line}`,
          `${a.index} ${a.component}: ${formatSpan(a.from, a.to)} overlaps ${formatSpan(clash.from, clash.to)} on line ${clash.line}`,
        ),
        'error',
        say(
          'cho dòng trước kết thúc (effective_to) một ngày trước khi dòng sau bắt đầu',
          'end the earlier row (effective_to) the day before the later one starts',
        ),
      );
      continue;
    }
    const groups = a.groups ?? [];
    const stray = groups.filter((g) => !a.lead.includes(g) && !a.coordinating.includes(g));
    if (stray.length > 0)
      at(
        a,
        'groups',
        'unknown-group',
        say(
          `${a.index} ${a.component}: nhóm ${stray.join('; ')} không nằm trong các cơ quan chủ trì hoặc phối hợp của dòng`,
          `${a.index} ${a.component}: group ${stray.join('; ')} is not among the row's lead or coordinating bodies`,
        ),
      );
    else if (groups.length > 0 && a.lead.every((d) => groups.includes(d)))
      at(
        a,
        'lead',
        'group-lead',
        say(
          `${a.index} ${a.component}: mọi cơ quan chủ trì đều là nhóm cơ quan, nên không phiếu nào gửi được cho cơ quan chủ trì`,
          `${a.index} ${a.component}: every lead is a group of bodies, so no sheet can go to a lead`,
        ),
        'warning',
        say('ghi một cơ quan làm chủ trì và chuyển nhóm sang phối hợp', 'name one body as lead and move the group to coordinating'),
      );
    valid.push(a);
    if (same.length === 0) byComponent.set(key, same);
    same.push(a);
  }

  for (const [id, def] of ctx.indices) {
    const own = valid.filter((a) => a.index === id);
    if (own.length === 0) {
      at(
        undefined,
        undefined,
        'no-lead',
        say(
          `${def.shortName} chưa được phân công: các chỉ số thành phần chưa có sở chủ trì`,
          `no assignments for ${def.shortName}: its components have no lead department`,
        ),
        'warning',
      );
      continue;
    }
    const byCode = new Map<string, Assignment[]>();
    for (const a of own) byCode.set(a.component, [...(byCode.get(a.component) ?? []), a]);
    for (const [code, years] of componentYears(ctx.periods, id)) {
      const mine = byCode.get(code) ?? [];
      const missing = years.filter((y) => !mine.some((a) => inForce(a, reportDay(y))));
      if (missing.length > 0)
        at(
          undefined,
          undefined,
          'no-lead',
          say(`${id} ${code}: chưa có sở chủ trì cho ${yearRuns(missing)}`, `${id} ${code}: no lead department for ${yearRuns(missing)}`),
          'warning',
        );
    }
  }
  return issues;
}

/** The years in which each main component of an index is part of its methodology. */
function componentYears(periods: Period[], index: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of periods.filter((q) => q.index === index)) {
    for (const c of p.components.filter((x) => x.kind === 'component')) {
      const list = out.get(c.code) ?? [];
      for (let y = p.fromYear; y <= p.toYear; y++) list.push(y);
      out.set(c.code, list);
    }
  }
  return out;
}
