import { say, type Message } from '../model/text.js';
import { mapMessage } from '../check/issues.js';
import { DataError } from '../model/errors.js';
import type { Issue, Observation, YearTable } from '../model/types.js';
import { latin1Text, normalizeHeader, parseNumberCell } from './cells.js';
import { groupSchemeFor, periodFor, type Definitions } from '../model/definitions.js';
import { publishedGroup } from '../model/groups.js';
import { clip, oneLine, quote } from '../model/sanitize.js';
import { scanCsvFile } from './read-csv.js';
import { fieldOf, unknownProvince, type Field } from './year-fields.js';
import type { RowSink } from './parse-csv.js';

/**
 * Reads `data/<index>/<year>.csv` into a YearTable. Problems that stop a cell from being read
 * (encoding, unknown column or province, a bad number, a duplicate row) come back as issues with
 * file, line and column; the rest of the file is still read so that validate can list them all.
 */
export function loadYearTable(
  path: string,
  label: string,
  index: string,
  year: number,
  defs: Definitions,
): { table: YearTable; issues: Issue[]; readable: boolean } {
  const table: YearTable = { index, year, file: label, rows: [], aggregates: [], columns: {} };
  const issues: Issue[] = [];
  const issue = (
    line: number | undefined,
    column: number | undefined,
    check: string,
    message: Message,
    hint?: Message,
    severity: Issue['severity'] = 'error',
  ) => issues.push({ severity, check, file: label, line, column, message, hint });

  const indexDef = defs.indices.get(index);
  const period = periodFor(defs, index, year);
  if (!indexDef || !period) {
    issue(
      undefined,
      undefined,
      'no-methodology',
      say(`methodology.csv không có giai đoạn phương pháp cho ${index} ${year}`, `no methodology period for ${index} ${year} in methodology.csv`),
      say(
        'thêm giai đoạn vào methodology.csv và các chỉ số thành phần của nó vào components.csv',
        'add the period and its components to methodology.csv and components.csv',
      ),
    );
    return { table, issues, readable: false };
  }
  const known = new Map<string, string>(period.components.map((c) => [c.code, c.kind]));
  const elsewhere = new Set(defs.periods.filter((p) => p.index === index).flatMap((p) => p.components.map((c) => c.code)));
  // Each row is read as it is parsed: a file's cells are never all in memory at once.
  const begin = (header: string[], delimiter: string): RowSink => {
    const fields: (Field | undefined)[] = header.map((raw, i) => {
      const name = normalizeHeader(raw);
      const column = i + 1;
      if (name in table.columns) {
        issue(1, column, 'duplicate-column', say(`cột ${quote(raw)} xuất hiện hai lần`, `column ${quote(raw)} appears twice`));
        return undefined;
      }
      const field = fieldOf(name, indexDef.compositeCode, known);
      if (field) {
        table.columns[name === 'tinh' || name === 'tỉnh' ? 'province' : name] = column;
        return field;
      }
      if (elsewhere.has(name.replace(/_rank$/, ''))) {
        issue(
          1,
          column,
          'component-not-in-period',
          say(
            `${quote(raw)} không phải là chỉ số thành phần của ${indexDef.shortName} ${year} (phương pháp ${period.fromYear}–${period.toYear})`,
            `${quote(raw)} is not a component of ${indexDef.shortName} ${year} (methodology ${period.fromYear}–${period.toYear})`,
          ),
        );
      } else {
        issue(
          1,
          column,
          'unknown-column',
          say(`bỏ qua cột không rõ ${quote(raw)}`, `unknown column ${quote(raw)} is ignored`),
          say(
            `các cột hợp lệ: province, ${indexDef.compositeCode}, rank, rank_of, tier, source, note hoặc mã một chỉ số thành phần trong components.csv`,
            `expected province, ${indexDef.compositeCode}, rank, rank_of, tier, source, note or a component code listed in components.csv`,
          ),
          'warning',
        );
      }
      return undefined;
    });
    if (table.columns.province === undefined) return () => {};

    const decimalComma = delimiter !== ',';
    const seen = new Map<string, number>();
    // A table of many rows repeats a few source lists: rows with the same cell share one (never
    // changed after loading), and rows of a file without component ranks share one empty record.
    const sourceLists = new Map<string, string[]>();
    const noRanks = fields.some((f) => f?.kind === 'component_rank') ? undefined : (Object.freeze({}) as Record<string, number>);
    return (line, cells) => {
      const obs: Observation = { province: '', line, values: {}, componentRanks: noRanks ?? {}, sources: [] };
      let ok = true;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (!field) continue;
        const cell = cells[i] ?? '';
        const column = i + 1;
        if (field.kind === 'province') {
          const p = defs.provinces.resolve(cell, year);
          if (p) obs.province = p.code;
          else {
            ok = false;
            unknownProvince(cell, year, defs, (message, hint) => issue(line, column, 'unknown-province', message, hint));
          }
        } else if (field.kind === 'source') {
          let list = sourceLists.get(cell);
          if (!list) sourceLists.set(cell, (list = cell === '' ? [] : cell.split(';').map((s) => latin1Text(s.trim()))));
          obs.sources = list;
        } else if (field.kind === 'note') {
          if (cell !== '') obs.note = cell;
        } else if (field.kind === 'tier') {
          if (cell === '') continue;
          // A tier is the owner's label, as published: it must be one of the year's published groups.
          const scheme = groupSchemeFor(defs, index, year);
          if (scheme?.rule !== 'published')
            issue(
              line,
              column,
              'unknown-tier',
              say(
                `${quote(cell)}: groups.csv không có nhóm xếp loại được công bố cho ${indexDef.shortName} ${year}`,
                `${quote(cell)}: groups.csv has no published tiers for ${indexDef.shortName} ${year}`,
              ),
            );
          else if (!publishedGroup(scheme, cell))
            issue(
              line,
              column,
              'unknown-tier',
              say(
                `${quote(cell)} không phải là nhóm xếp loại của ${indexDef.shortName} ${year} trong groups.csv`,
                `${quote(cell)} is not a tier of ${indexDef.shortName} ${year} in groups.csv`,
              ),
              say(`các nhóm: ${scheme.groups.map((g) => g.labelVi).join(', ')}`, `tiers: ${scheme.groups.map((g) => g.labelVi).join(', ')}`),
            );
          else obs.tier = cell;
        } else {
          const value = parseNumberCell(cell, decimalComma);
          // typeof, not instanceof NumberCellError: the common case (a number) is told apart at once.
          if (typeof value === 'object') {
            ok = false;
            issue(
              line,
              column,
              'bad-number',
              mapMessage(value.error, (e) => `${clip(oneLine(header[i]!))}: ${e}`),
              value.hint,
            );
          } else if (value !== undefined) {
            if (field.kind === 'composite') obs.composite = value;
            else if (field.kind === 'rank') obs.rank = value;
            else if (field.kind === 'rank_of') obs.rankOf = value;
            else if (field.kind === 'value') obs.values[field.code] = value;
            else if (field.kind === 'component_rank') obs.componentRanks[field.code] = value;
          }
        }
      }
      if (!ok || obs.province === '') return;
      const first = seen.get(obs.province);
      if (first !== undefined) {
        const name = defs.provinces.byCode.get(obs.province)?.nameVi;
        issue(
          line,
          table.columns.province,
          'duplicate-province',
          say(`${name} xuất hiện hai lần (lần đầu ở dòng ${first})`, `${name} appears twice (first on line ${first})`),
        );
        return;
      }
      seen.set(obs.province, line);
      const kind = defs.provinces.byCode.get(obs.province)?.kind;
      (kind === 'aggregate' ? table.aggregates : table.rows).push(obs);
    };
  };
  try {
    scanCsvFile(path, label, begin);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // A file that cannot be parsed is one problem, whatever its rows before that point held.
    const unread: YearTable = { index, year, file: label, rows: [], aggregates: [], columns: {} };
    issues.length = 0;
    issue(e.location?.line, e.location?.column, 'unreadable', e.text, e.hint);
    return { table: unread, issues, readable: false };
  }
  if (table.columns.province === undefined) {
    issue(1, undefined, 'missing-column', say('thiếu cột province', 'missing column province'));
    return { table, issues, readable: false };
  }
  return { table, issues, readable: true };
}
