import type { View } from '../../i18n/view.js';
import type { Doc } from '../../render/doc.js';
import type { ImportResult } from './result.js';
import { IMPORT } from './labels.js';

/** What import recognised, sheet by sheet: rows, columns → component codes, skipped rows, notes. */
export function importDoc(result: ImportResult, view: View): Doc {
  const t = view.pick(IMPORT);
  const sheets = result.sheets.flatMap((s): Doc => [
    { kind: 'heading', level: 2, text: t.sheet(s.file, s.sheet, t.layouts[s.layout]) },
    { kind: 'paragraph', text: `${t.target(s.index, s.year, s.target, result.dryRun)} ${t.rows(s.provinces)}` },
    { kind: 'table', columns: [{ label: t.header }, { label: t.code }], rows: s.columns.map((c) => [c.header, c.code]) },
    ...(s.skipped.length > 0 || s.notes.length > 0
      ? [{ kind: 'list' as const, items: [...(s.skipped.length > 0 ? [t.skipped(s.skipped.join('; '))] : []), ...s.notes] }]
      : []),
  ]);
  const indicators = result.indicators.map((i) => t.indicators(i.file, i.year, i.indicators, i.sheets.length, i.provinces, i.target, result.dryRun));
  return indicators.length > 0 ? [...sheets, { kind: 'list', items: indicators }] : sheets;
}
