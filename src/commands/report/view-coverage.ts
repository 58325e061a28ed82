import { yearRuns } from '../../model/lookup.js';
import type { ReportCoverage, ReportResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { reportReasonText } from '../../i18n/reasons.js';
import { REPORT } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block } from '../../render/doc.js';
import { provinceName } from '../../render/format.js';
/** The coverage section: what each index-year used has, and the sources of the province's rows. */
export function coverageSection(result: ReportResult, defs: Definitions, view: View): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  // One line per index-year rather than a table: at 80 columns the table's headers and cells wrapped to twice the lines.
  const items: string[] = [];
  for (const ix of result.indices) {
    const own = result.coverage.filter((cv) => cv.index === ix.index);
    if (own.length === 0) {
      const why = ix.reason ? reportReasonText(ix.reason, view.lang, nameOf, yearRuns) : c.notAvailable;
      items.push(`${nameOf(ix.index)}${ix.compositeYear === null ? '' : ` ${ix.compositeYear}`}: ${why}.`);
      continue;
    }
    for (const cv of own) items.push(coverageLine(cv, defs, view));
  }
  const sources = [...new Set(result.coverage.flatMap((cv) => cv.sources))];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.coverage },
    { kind: 'list', items },
    { kind: 'paragraph', text: t.coverageRule(Math.round(result.minCoverage * 100)) },
  ];
  if (sources.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.sources }, { kind: 'list', items: sources.map((id) => sourceText(id, defs, view)) });
  }
  return blocks;
}

/** One index-year of the coverage list: "PAPI 2024: điểm công bố; hạng tính từ điểm; 8/8 thành phần — 61/63 tỉnh có điểm tổng hợp, 61/63 có điểm thành phần." */
export function coverageLine(cv: ReportCoverage, defs: Definitions, view: View): string {
  const t = view.pick(REPORT);
  const def = defs.indices.get(cv.index)!;
  const rank =
    cv.provinceRank === 'computed'
      ? t.rankOf.computed
      : cv.provinceRank === 'published'
        ? t.rankOf[def.rankKind === 'reported' ? 'reported' : 'official']
        : t.rankOf.none;
  const what = [t.composite[cv.provinceComposite ?? 'none'], rank, ...(cv.components > 0 ? [t.componentsOf(cv.provinceComponents, cv.components)] : [])];
  const counts = t.provincesWith(`${cv.withComposite}/${cv.expected}`, cv.components > 0 ? `${cv.withComponents}/${cv.expected}` : null);
  return `${def.shortName} ${cv.year}: ${what.join('; ')} — ${counts}.`;
}

/** A source id as a reader sees it: its title in the view's language, with its address. */
export function sourceText(id: string, defs: Definitions, view: View): string {
  const s = defs.sources.get(id);
  if (!s) return id;
  const title = view.lang === 'vi' ? (s.titleVi ?? s.title) : s.title;
  const where = s.url ?? (s.repository ? `${s.repository}${s.path ? `/${s.path}` : ''}` : undefined);
  // A web page is named by its address; a file in a repository needs its title to say what it holds.
  // A no-break space keeps a long address on the id's line: it is cut once at the width, not pushed to lines of its own.
  return s.url ? `${id}:\u00a0${s.url}` : `${id}: ${title}${where ? ` — ${where}` : ''}`;
}
