import { yearRuns } from '../../model/lookup.js';
import type { Caveat, ReportIndex } from './result.js';
import type { RankedHistory } from '../../analysis/rank-history.js';
import { REPORT } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import { provinceName } from '../../render/format.js';

/** The words of one caveat. */
export function caveatText(c: Caveat, defs: Definitions, view: View, shortName: (id: string) => string): string {
  const t = view.pick(REPORT);
  const pct = (x: number) => Math.round(x * 100);
  switch (c.code) {
    case 'missing-years': {
      const groups = new Map<string, number[]>();
      for (const y of c.years) groups.set(y.reason, [...(groups.get(y.reason) ?? []), y.year]);
      const list = [...groups].map(([reason, years]) => `${yearRuns(years)} (${t.missingReason[reason as keyof typeof t.missingReason]})`).join(', ');
      return t.missingYears(shortName(c.index), list);
    }
    case 'methodology-break':
      return t.breakCaveat(shortName(c.index), c.year, (view.lang === 'vi' ? c.changeVi : c.changeEn) ?? '');
    case 'reported-ranks':
      return t.reportedRanks(shortName(c.index));
    case 'computed-ranks':
      return t.computedRanks(shortName(c.index), yearRuns(c.years));
    case 'computed-component-ranks':
      return t.computedComponentRanks(shortName(c.index), c.year);
    case 'computed-scores':
      return t.computedScores(shortName(c.index), yearRuns(c.years));
    case 'coverage':
      return t.coverageCaveat(shortName(c.index), c.year, c.measure, c.have, c.of, pct(c.minShare));
    case 'departments': {
      const order = ['unconfirmed', 'partly-verified', 'verified', 'decision'] as const;
      const parts = order.filter((b) => c.byBasis[b] > 0).map((b) => `${c.byBasis[b]} ${t.basisCount[b]}`);
      return t.departments(c.file, c.shown, joinAnd(parts, t.and), c.byBasis.decision === 0);
    }
    case 'merger': {
      const names = c.members.map((m) => provinceName(defs, m, view));
      return t.merger(
        provinceName(defs, c.unit, view),
        c.lastYear,
        provinceName(defs, c.successor, view),
        c.successorFrom === null ? '' : t.mergerFrom(c.successorFrom),
        joinAnd(names, t.and),
      );
    }
  }
}

/** An index of the report in the shape the trend view draws summary lines and charts from. */
export function trendIndex(ix: ReportIndex): RankedHistory {
  return { index: ix.index, rankKind: ix.rankKind, years: ix.history, breaks: ix.breaks, tableYears: [] };
}

/** "a, b và c" / "a, b and c". */
export function joinAnd(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** The text with its first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
