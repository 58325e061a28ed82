import type { RowOf } from '../model/fast-cells.js';
import type { groupRow } from '../model/schemas.js';
import type { GroupScheme } from '../model/types.js';
import { say, type Message } from '../model/text.js';

type GroupRow = RowOf<typeof groupRow> & { line: number };

/** What the group reader needs of the definitions read before it, and where to report. */
export interface GroupContext {
  file: string;
  column: (name: string) => number | undefined;
  indices: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /**
   * Whether groups.csv is the data folder's own. The bundled copy, read for a folder with its own
   * indices and sources, may name indices and sources that folder does not have: those schemes
   * do not apply there and are skipped rather than reported.
   */
  own: boolean;
  err: (file: string, line: number, message: Message, column?: number) => void;
}

/** Upper bound of `min` by rule: a (N − rank)/N share, or a % of the composite maximum. */
const MAX_MIN: Record<string, number> = { percentile: 1, 'share-of-max': 100 };

/** The rows of groups.csv as schemes (one per index and year span), checked against the indices and sources. */
export function groupSchemes(rows: GroupRow[], ctx: GroupContext): GroupScheme[] {
  const { file, column, err } = ctx;
  const schemes: GroupScheme[] = [];
  const firstLine = new Map<GroupScheme, number>();
  for (const r of rows) {
    if (!ctx.indices.has(r.index)) {
      if (ctx.own) err(file, r.line, say(`không có chỉ số ${r.index}`, `unknown index ${r.index}`), column('index'));
      continue;
    }
    if (!ctx.sources.has(r.source)) {
      if (ctx.own) err(file, r.line, say(`nguồn ${r.source} không có trong sources.csv`, `unknown source ${r.source} (not in sources.csv)`), column('source'));
      else continue;
    }
    if (r.to_year < r.from_year)
      err(
        file,
        r.line,
        say(`to_year ${r.to_year} trước from_year ${r.from_year}`, `to_year ${r.to_year} is before from_year ${r.from_year}`),
        column('to_year'),
      );
    let scheme = schemes.find((s) => s.index === r.index && s.fromYear === r.from_year && s.toYear === r.to_year);
    if (!scheme) {
      const overlap = schemes.find((s) => s.index === r.index && s.fromYear <= r.to_year && r.from_year <= s.toYear);
      if (overlap)
        err(
          file,
          r.line,
          say(
            `${r.index} ${r.from_year}–${r.to_year} trùng với cách phân nhóm ${overlap.fromYear}–${overlap.toYear}`,
            `${r.index} ${r.from_year}–${r.to_year} overlaps the scheme ${overlap.fromYear}–${overlap.toYear}`,
          ),
          column('from_year'),
        );
      scheme = { index: r.index, fromYear: r.from_year, toYear: r.to_year, rule: r.rule, groups: [], source: r.source };
      schemes.push(scheme);
      firstLine.set(scheme, r.line);
    }
    if (r.rule !== scheme.rule)
      err(
        file,
        r.line,
        say(
          `rule ${r.rule} khác ${scheme.rule} ở dòng ${firstLine.get(scheme)} của cùng cách phân nhóm`,
          `rule ${r.rule} differs from ${scheme.rule} on line ${firstLine.get(scheme)} of the same scheme`,
        ),
        column('rule'),
      );
    if (scheme.groups.some((g) => g.code === r.code))
      err(
        file,
        r.line,
        say(`nhóm ${r.code} bị trùng trong ${r.index} ${r.from_year}–${r.to_year}`, `duplicate group ${r.code} in ${r.index} ${r.from_year}–${r.to_year}`),
        column('code'),
      );
    if (r.rule === 'published') {
      if (r.min !== undefined)
        err(
          file,
          r.line,
          say(
            'cách phân nhóm published lấy nhóm từ các tệp số liệu năm: min phải để trống',
            'a published scheme takes its groups from the year files: min must be empty',
          ),
          column('min'),
        );
    } else if (r.min === undefined) {
      err(file, r.line, say(`nhóm ${r.rule} cần có min`, `a ${r.rule} group needs min`), column('min'));
    } else {
      if (r.min > MAX_MIN[r.rule]!)
        err(
          file,
          r.line,
          say(`min ${r.min} vượt quá ${MAX_MIN[r.rule]} đối với nhóm ${r.rule}`, `min ${r.min} is above ${MAX_MIN[r.rule]} for a ${r.rule} group`),
          column('min'),
        );
      // Best group first: a group's bound must be below the one above it, or membership would be ambiguous.
      const above = scheme.groups.at(-1)?.min;
      if (above !== undefined && r.min >= above)
        err(
          file,
          r.line,
          say(`min ${r.min} không nhỏ hơn min ${above} của nhóm phía trên`, `min ${r.min} is not below ${above} of the group above`),
          column('min'),
        );
    }
    scheme.groups.push({ code: r.code, labelVi: r.label_vi, labelEn: r.label_en, min: r.min });
  }
  return schemes;
}
