import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import { formatLocation } from '../../model/errors.js';
import type { Cell, Doc } from '../../render/doc.js';
import { ghAnnotation } from '../../render/github.js';
import { DIFF } from './labels.js';
import { decimalsOf } from './near.js';
import type { DiffChange, DiffResult } from './result.js';

/** The definitions of both sides, for names (a removed province is named from OLD). */
export interface DiffNames {
  old: Definitions;
  next: Definitions;
}

const indexName = (names: DiffNames, id: string | undefined) =>
  id === undefined ? '' : ((names.next.indices.get(id) ?? names.old.indices.get(id))?.shortName ?? id);

function provinceName(names: DiffNames, code: string | undefined, view: View): string {
  if (code === undefined) return '';
  const p = names.next.provinces.byCode.get(code) ?? names.old.provinces.byCode.get(code);
  return p ? view.name(p) : code;
}

function value(x: number | string | undefined, view: View): string {
  return typeof x === 'number' ? view.num(x, decimalsOf(x)) : (x ?? '');
}

function delta(c: DiffChange, view: View): string {
  if (c.delta === undefined) return '';
  const decimals = Math.max(...[c.old, c.new].map((x) => (typeof x === 'number' ? decimalsOf(x) : 0)));
  return view.delta(c.delta, decimals);
}

/** The subject of a change: "PCI 2016 Quảng Trị pci" or "components.csv pci 2013 d1 weight". */
function subjectText(c: DiffChange, names: DiffNames, view: View): string {
  if (c.subject) return [view.pick(DIFF).subjects[c.subject], c.key, c.field].filter(Boolean).join(' ');
  return [indexName(names, c.index), c.year, provinceName(names, c.province, view), c.measure].filter((x) => x !== undefined && x !== '').join(' ');
}

/** One sentence per change, as GitHub shows it next to the line. */
function sentence(c: DiffChange, names: DiffNames, view: View): string {
  const t = view.pick(DIFF);
  const values =
    c.old !== undefined || c.new !== undefined
      ? `: ${value(c.old, view) || '∅'} → ${value(c.new, view) || '∅'}${c.delta !== undefined ? ` (Δ ${delta(c, view)})` : ''}`
      : '';
  return `${t.kinds[c.kind]}: ${subjectText(c, names, view)}${values}`;
}

/** Summary per index-year, then every change with its location. */
export function diffDoc(result: DiffResult, names: DiffNames, view: View): Doc {
  const t = view.pick(DIFF);
  const doc: Doc = [
    { kind: 'heading', level: 1, text: t.title(result.old, result.new) },
    { kind: 'paragraph', text: result.total === 0 ? t.none : t.total(result.total, result.revised, result.definitionChanges) },
  ];
  if (result.summary.length > 0) {
    const c = t.cols;
    doc.push(
      { kind: 'heading', level: 2, text: t.perYear },
      {
        kind: 'table',
        columns: [
          { label: c.index },
          { label: c.year, align: 'right' },
          { label: c.status },
          { label: c.provinces, align: 'right' },
          { label: c.values, align: 'right' },
          { label: c.ranks, align: 'right' },
        ],
        rows: result.summary.map((s) => [
          indexName(names, s.index),
          String(s.year),
          { text: t.status[s.status], tone: s.status === 'removed' ? 'bad' : s.status === 'added' ? 'good' : undefined },
          `+${s.provincesAdded}/−${s.provincesRemoved}`,
          `${s.valuesChanged}/${s.valuesAdded}/${s.valuesRemoved}`,
          String(s.ranksChanged),
        ]),
      },
    );
  }
  if (result.unchanged > 0) doc.push({ kind: 'paragraph', text: t.unchanged(result.unchanged) });
  if (result.changes.length > 0) {
    const c = t.cols;
    doc.push(
      { kind: 'heading', level: 2, text: t.changes },
      {
        kind: 'table',
        columns: [
          { label: c.change },
          { label: c.index },
          { label: c.year, align: 'right' },
          { label: c.what },
          { label: c.measure },
          { label: c.old, align: 'right' },
          { label: c.new, align: 'right' },
          { label: c.delta, align: 'right' },
          { label: c.where },
        ],
        rows: result.changes.map((ch): Cell[] => [
          { text: t.kinds[ch.kind], tone: ch.revised ? 'bad' : 'muted' },
          indexName(names, ch.index),
          ch.year === undefined ? '' : String(ch.year),
          ch.subject ? `${t.subjects[ch.subject]} ${ch.key}` : provinceName(names, ch.province, view),
          ch.field ?? ch.measure ?? '',
          value(ch.old, view),
          value(ch.new, view),
          delta(ch, view),
          formatLocation(ch),
        ]),
      },
    );
  }
  return doc;
}

/** One flat table with fixed column names (the CSV contract): codes, raw numbers and locations. */
export function diffCsvDoc(result: DiffResult, names: DiffNames, view: View): Doc {
  const columns = [
    'kind',
    'revised',
    'index',
    'year',
    'province',
    'province_name',
    'measure',
    'subject',
    'key',
    'field',
    'old',
    'new',
    'delta',
    'file',
    'line',
    'column',
  ];
  const s = (x: unknown) => (x === undefined ? '' : String(x));
  const rows = result.changes.map((c) => [
    c.kind,
    s(c.revised),
    s(c.index),
    s(c.year),
    s(c.province),
    provinceName(names, c.province, view),
    s(c.measure),
    s(c.subject),
    s(c.key),
    s(c.field),
    s(c.old),
    s(c.new),
    s(c.delta),
    c.file,
    s(c.line),
    s(c.column),
  ]);
  return [{ kind: 'table', columns: columns.map((label) => ({ label })), rows }];
}

/** GitHub Actions annotations on the NEW files: a warning for each revision, a notice for the rest, then the total. */
export function diffGithub(result: DiffResult, names: DiffNames, view: View, pathOf: (file: string) => string): string {
  const t = view.pick(DIFF);
  const lines = result.changes.map((c) =>
    ghAnnotation(
      c.revised ? 'warning' : 'notice',
      { file: pathOf(c.file), line: c.line, column: c.column, title: `chiso diff: ${c.kind}` },
      sentence(c, names, view),
    ),
  );
  lines.push(result.total === 0 ? t.none : t.total(result.total, result.revised, result.definitionChanges));
  return lines.join('\n') + '\n';
}
