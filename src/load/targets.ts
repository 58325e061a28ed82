import { DataError } from '../model/errors.js';
import type { Definitions } from '../model/definitions.js';
import { targetCells, targetRow, type Target, type TargetsFile } from '../model/targets.js';
import { row } from '../model/fast-cells.js';
import type { Issue } from '../model/types.js';
import { optText } from '../model/schemas.js';
import { compareLocations } from '../check/issues.js';
import { normalizeHeader } from './cells.js';
import { displayPath } from './display-path.js';
import { readCsv } from './read-csv.js';
import { readRecords } from './records.js';
import { say, type Message } from '../model/text.js';

/** Reads a targets file and checks each row against the definitions, collecting every problem. */
export function loadTargets(path: string, defs: Definitions): { targets: TargetsFile; issues: Issue[] } {
  const file = displayPath(path);
  let table;
  try {
    table = readCsv(path, file);
  } catch (e) {
    if (e instanceof DataError && e.message === 'file not found')
      throw new DataError(
        e.text,
        e.location,
        say(
          'chỉ ra tệp mục tiêu: chiso targets TỆP, hoặc --targets TỆP (các cột: index, measure, year, kind, value, department, note)',
          'give the targets file: chiso targets FILE, or --targets FILE (columns: index, measure, year, kind, value, department, note)',
        ),
      );
    throw e;
  }
  const columns: Record<string, number> = {};
  table.header.forEach((h, i) => (columns[normalizeHeader(h)] ??= i + 1));
  const schema = columns.province ? row({ ...targetCells, province: optText }) : targetRow;
  const records = readRecords(table, schema);
  const issues = [...records.issues];
  const targets: Target[] = records.rows.map((r) => ({ ...r, province: (r as { province?: string }).province }));
  const at = (t: Target, field: string, message: Message, hint?: Message) =>
    issues.push({ severity: 'error', check: 'bad-target', file, line: t.line, column: columns[field], message, hint });
  for (const t of targets) {
    const index = defs.indices.get(t.index);
    if (!index) {
      at(
        t,
        'index',
        say(`index: không có chỉ số "${t.index}"`, `index: unknown index "${t.index}"`),
        say(`các chỉ số: ${[...defs.indices.keys()].join(', ')}`, `indices: ${[...defs.indices.keys()].join(', ')}`),
      );
      continue;
    }
    const known =
      t.measure === index.compositeCode ||
      defs.periods.some((p) => p.index === t.index && p.components.some((c) => c.code === t.measure && c.kind === 'component'));
    if (!known)
      at(
        t,
        'measure',
        say(
          `measure: "${t.measure}" không phải là điểm tổng hợp của ${index.shortName} (${index.compositeCode}) cũng không phải một chỉ số thành phần của nó`,
          `measure: "${t.measure}" is neither ${index.shortName}'s composite (${index.compositeCode}) nor one of its components`,
        ),
      );
    if (t.kind === 'rank' && (!Number.isInteger(t.value) || t.value < 1))
      at(
        t,
        'value',
        say(
          `value: mục tiêu hạng phải là số nguyên từ 1 trở lên, nhận được ${t.value}`,
          `value: a rank target must be a whole number of at least 1, got ${t.value}`,
        ),
      );
    if (t.kind === 'percentile' && (t.value < 0 || t.value > 100))
      at(
        t,
        'value',
        say(`value: mục tiêu phân vị nằm trong khoảng 0 đến 100, nhận được ${t.value}`, `value: a percentile target is between 0 and 100, got ${t.value}`),
      );
    if (t.province !== undefined && !defs.provinces.matches(t.province).some((p) => p.kind === 'unit'))
      at(t, 'province', say(`province: không có tỉnh "${t.province}"`, `province: unknown province "${t.province}"`));
  }
  return { targets: { file, targets, columns }, issues };
}

/** The targets of a file for a command, throwing the first problem as a one-line DataError. */
export function requireTargets(path: string, defs: Definitions): TargetsFile {
  const { targets, issues } = loadTargets(path, defs);
  if (issues.length > 0) {
    const first = issues.reduce((a, b) => (compareLocations(b, a) < 0 ? b : a));
    throw new DataError(
      first.message,
      first,
      first.hint ??
        (issues.length > 1
          ? say(`còn ${issues.length - 1} lỗi khác trong tệp mục tiêu`, `${issues.length - 1} more problem(s) in the targets file`)
          : undefined),
    );
  }
  if (targets.targets.length === 0) throw new DataError(say('tệp mục tiêu không có dòng nào', 'the targets file has no rows'), { file: targets.file });
  return targets;
}
