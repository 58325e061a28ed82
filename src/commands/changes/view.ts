import { byMembersBlocks } from './merger-table.js';
import type { StandingChange } from '../../analysis/change.js';
import type { Standing } from '../../analysis/standing.js';
import type { ChangeEntry, ChangesResult, ComponentChange, Coverage } from './result.js';
import { CHANGES } from './labels.js';
import { COMMON } from '../../i18n/common.js';
import { RANKS } from '../../i18n/ranks.js';
import type { View } from '../../i18n/view.js';
import { periodFor, type Definitions } from '../../model/definitions.js';
import type { Cell, Column, Doc } from '../../render/doc.js';
import { flagLegend, flagMarks, rankOrDash, standingNotes } from '../../render/rank-text.js';
import { provinceName } from '../../render/format.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';

const MIN_PCT = Math.round(MIN_COVERAGE * 100);

/** Flags said once above the table rather than on every row. */
const GLOBAL_FLAGS = new Set(['methodology-break', 'scale-changed']);

/** `chiso changes` as a document: breaks first, then risers and fallers, then one row per province (or per component). */
export function changesDoc(result: ChangesResult, defs: Definitions, view: View): Doc {
  const t = view.pick(CHANGES);
  const c = view.pick(COMMON);
  const index = defs.indices.get(result.index)!;
  const name = (code: string) => provinceName(defs, code, view);
  const single = result.province;
  const doc: Doc = [
    {
      kind: 'heading',
      level: 1,
      text: single
        ? t.provinceTitle(index.shortName, result.fromYear, result.toYear, name(single.toUnit))
        : t.title(index.shortName, result.fromYear, result.toYear),
    },
  ];

  const warnings: string[] = result.breaks.map((b) => t.break(b.year, (view.lang === 'vi' ? b.changeVi : b.changeEn) ?? ''));
  if (result.breaks.length > 0) warnings.push(t.breakAdvice);
  const [fromMax, toMax] = [periodFor(defs, result.index, result.fromYear)?.compositeMax, periodFor(defs, result.index, result.toYear)?.compositeMax];
  if (fromMax !== undefined && toMax !== undefined && fromMax !== toMax) warnings.push(t.scaleChanged(fromMax, toMax));
  if (single && single.fromUnit !== single.toUnit) warnings.push(t.unitChanged(name(single.fromUnit), name(single.toUnit)));
  if (warnings.length > 0) doc.push({ kind: 'paragraph', text: `⚠ ${warnings.join(' ')}` });
  if (!single) doc.push(...byMembersBlocks(result.byMembers, result.fromYear, result.toYear, defs, view));

  const columns: Column[] = [
    { label: single ? c.component : c.province },
    { label: t.score(result.fromYear), align: 'right' },
    { label: t.score(result.toYear), align: 'right' },
    { label: t.scoreDelta, align: 'right' },
    { label: t.rank(result.fromYear), align: 'right' },
    { label: t.rank(result.toYear), align: 'right' },
    { label: t.places, align: 'right' },
    { label: t.percentileDelta, align: 'right' },
    { label: t.notes },
  ];
  const rowOf = (label: string, e: ChangeEntry | ComponentChange) => changeRow(label, e, result, defs, view, index.precision, single !== null);
  const shown: (ChangeEntry | ComponentChange)[] = single ? [result.entries[0]!, ...single.components] : result.entries;

  if (single) {
    const componentName = (code: string) => {
      const def = [result.toYear, result.fromYear].flatMap((y) => periodFor(defs, result.index, y)?.components ?? []).find((x) => x.code === code);
      return def ? view.name(def) : code;
    };
    doc.push({
      kind: 'table',
      columns,
      rows: [rowOf(t.composite(index.shortName), result.entries[0]!), ...single.components.map((x) => rowOf(componentName(x.component), x))],
    });
    const uncomputed = single.components.filter((x) => !x.coverage.from.computable || !x.coverage.to.computable);
    if (uncomputed.length > 0) {
      const years = (
        [
          ['from', result.fromYear],
          ['to', result.toYear],
        ] as const
      ).flatMap(([side, year]) => {
        const lacking = single.components.filter((x) => !x.coverage[side].computable);
        if (lacking.length === 0) return [];
        const counts = [...new Set(lacking.map((x) => coverageText(x.coverage[side])))];
        const which =
          lacking.length === single.components.length && counts.length === 1
            ? `${t.allComponents} (${counts[0]})`
            : lacking.map((x) => `${componentName(x.component)} (${coverageText(x.coverage[side])})`).join(', ');
        return [`${year}: ${which}`];
      });
      doc.push({ kind: 'paragraph', text: t.componentCoverage(years.join('; '), MIN_PCT) });
    }
  } else {
    const mover = (code: string) => {
      const e = result.entries.find((x) => x.province === code)!;
      return t.mover(name(code), rankOrDash(e.from.rank), rankOrDash(e.to.rank), view.delta(e.change.places ?? undefined, 0));
    };
    doc.push({
      kind: 'list',
      items: [`${t.risers}: ${result.risers.map(mover).join('; ') || t.noMovers}`, `${t.fallers}: ${result.fallers.map(mover).join('; ') || t.noMovers}`],
    });
    doc.push(
      result.entries.length > 0
        ? { kind: 'table', columns, rows: result.entries.map((e) => rowOf(name(e.province), e)) }
        : { kind: 'paragraph', text: t.empty },
    );
  }

  const coverage = (
    [
      ['from', result.fromYear],
      ['to', result.toYear],
    ] as const
  )
    .filter(([side]) => !result.coverage[side].computable)
    .map(([side, year]) => `${year} (${coverageText(result.coverage[side])})`);
  if (coverage.length > 0) doc.push({ kind: 'paragraph', text: t.compositeCoverage(index.shortName, coverage.join(', '), MIN_PCT) });
  const legend = flagLegend(
    shown.flatMap((e) => e.change.flags.filter((f) => !GLOBAL_FLAGS.has(f))),
    view,
  );
  doc.push({ kind: 'paragraph', text: legend ? `${legend} ${t.legend}` : t.legend });
  return doc;
}

function coverageText(c: Coverage): string {
  return `${c.withScore}/${c.expected}`;
}

function changeRow(
  label: string,
  e: { from: Standing; to: Standing; change: StandingChange },
  result: ChangesResult,
  defs: Definitions,
  view: View,
  decimals: number,
  detailed: boolean,
): Cell[] {
  const ch = e.change;
  const tone = (x: number | null) => (x === null || x === 0 ? undefined : x > 0 ? ('good' as const) : ('bad' as const));
  // Ranks missing for lack of coverage are explained once under the table, not on every row;
  // the full list keeps only why a province has no rank, the one-province view also ties.
  const side = (year: number, s: Standing) => {
    const notes = detailed
      ? standingNotes(defs, { ...s, noRank: s.noRank === 'coverage' ? null : s.noRank }, view)
      : s.rank === null && (s.noRank === 'no-data' || s.noRank === 'no-score')
        ? [view.pick(RANKS).noRank[s.noRank]]
        : [];
    return notes.map((n) => `${year}: ${n}`);
  };
  const notes = [
    ...flagMarks(
      ch.flags.filter((f) => !GLOBAL_FLAGS.has(f)),
      view,
    ),
    ...side(result.fromYear, e.from),
    ...side(result.toYear, e.to),
  ];
  return [
    label,
    view.num(e.from.score ?? undefined, decimals),
    view.num(e.to.score ?? undefined, decimals),
    { text: view.delta(ch.scoreDelta ?? undefined, decimals), tone: tone(ch.scoreDelta === null ? null : Number(ch.scoreDelta.toFixed(decimals))) },
    rankOrDash(e.from.rank),
    rankOrDash(e.to.rank),
    { text: view.delta(ch.places ?? undefined, 0), tone: tone(ch.places) },
    view.delta(ch.percentileDelta === null ? undefined : ch.percentileDelta * 100, 1),
    notes.join('; '),
  ];
}
