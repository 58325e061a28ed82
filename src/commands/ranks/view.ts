import type { RanksResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { RANKS, REGION_SHORT } from '../../i18n/ranks.js';
import type { View } from '../../i18n/view.js';
import { periodFor, type Definitions } from '../../model/definitions.js';
import type { Block, Cell, Column, Doc } from '../../render/doc.js';
import { percentileText, rankOriginText, rankOrDash, standingNotes } from '../../render/rank-text.js';
import { provinceName } from '../../render/format.js';
import { GROUPS } from '../../i18n/groups.js';
import { groupText } from '../../render/group-text.js';

/** The league table of `chiso ranks` as a document, with notes on coverage, rank origins and missing provinces. */
export function ranksDoc(result: RanksResult, defs: Definitions, view: View): Doc {
  const t = view.pick(RANKS);
  const c = view.pick(COMMON);
  const index = defs.indices.get(result.index)!;
  const period = periodFor(defs, result.index, result.year);
  const component = result.component ? period?.components.find((x) => x.code === result.component) : undefined;
  const regionName = (code: string | null) => {
    const r = code ? defs.regions.get(code) : undefined;
    return r ? view.name(r) : '';
  };
  const regionShort = (code: string | null) => (code ? view.pick(REGION_SHORT)[code] : undefined) ?? regionName(code);
  const title = t.title(index.shortName, result.year) + (component ? ` — ${view.name(component)}` : '');
  const doc: Doc = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `${view.name(index)} — ${view.lang === 'en' ? (index.publisherEn ?? index.publisher) : index.publisher}. ${t.methodology(result.methodologyPeriod.from, result.methodologyPeriod.to)}.`,
    },
  ];

  const shown = [
    result.region ? t.filter.region(regionName(result.region)) : undefined,
    result.top !== null ? t.filter.top(result.top) : undefined,
    result.bottom !== null ? t.filter.bottom(result.bottom) : undefined,
  ].filter((s): s is string => s !== undefined);
  if (shown.length > 0) doc.push({ kind: 'paragraph', text: t.shown(shown.join(', ')) });

  const origins = new Set(result.entries.map((e) => e.scoreOrigin).filter((o) => o !== null));
  const mixedScores = origins.size > 1;
  const withRegion = result.region === null;
  const withGroup = result.entries.some((e) => e.group !== null);
  const columns: Column[] = [
    { label: c.province },
    ...(withRegion ? [{ label: c.region }] : []),
    { label: c.score, align: 'right' },
    { label: c.rank, align: 'right' },
    { label: t.percentile, align: 'right' },
    ...(withGroup ? [{ label: view.pick(GROUPS).column }] : []),
    { label: t.rankOrigin },
    { label: t.notes },
  ];
  const rows: Cell[][] = result.entries.map((e) => [
    provinceName(defs, e.province, view),
    ...(withRegion ? [regionShort(e.region)] : []),
    view.num(e.score ?? undefined, index.precision),
    e.rank ? { text: rankOrDash(e.rank), tone: 'strong' as const } : rankOrDash(null),
    percentileText(e.rank, view),
    ...(withGroup ? [groupText(defs, result.index, result.year, e.group, view)] : []),
    rankOriginText(e.rank, result.rankKind, view),
    standingNotes(defs, e, view, mixedScores).join('; '),
  ]);
  doc.push(rows.length > 0 ? { kind: 'table', columns, rows } : { kind: 'paragraph', text: t.empty });
  doc.push(...notes(result, defs, view, period?.noteVi, period?.noteEn));
  return doc;
}

function notes(result: RanksResult, defs: Definitions, view: View, noteVi?: string, noteEn?: string): Block[] {
  const t = view.pick(RANKS);
  const index = defs.indices.get(result.index)!;
  const out: string[] = [];
  if (!result.computable || result.withScore < result.expectedProvinces)
    out.push(t.coverage(result.withScore, result.expectedProvinces, result.minCoverage * 100));
  if (result.entries.some((e) => e.rank?.origin === 'computed')) out.push(t.computedNote);
  if (result.rankKind === 'reported' && result.entries.some((e) => e.rank?.origin === 'published')) out.push(t.reportedNote(index.shortName));
  const computedScores = result.entries.filter((e) => e.scoreOrigin === 'computed').length;
  if (computedScores > 0 && computedScores === result.entries.filter((e) => e.score !== null).length) out.push(t.allComputedScores(computedScores));
  if (result.missing.length > 0) {
    out.push(
      result.missing.length <= 10
        ? t.missing(result.missing.length, result.missing.map((p) => provinceName(defs, p, view)).join(', '))
        : t.missingMany(result.missing.length),
    );
  }
  const periodNote = view.lang === 'vi' ? noteVi : noteEn;
  if (periodNote) out.push(`${t.methodology(result.methodologyPeriod.from, result.methodologyPeriod.to)}: ${periodNote}.`);
  return out.map((text) => ({ kind: 'paragraph', text }));
}
