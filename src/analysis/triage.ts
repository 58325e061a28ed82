import type { Definitions } from '../model/definitions.js';
import type { ChangeFlag } from './change.js';
import type { DepartmentRef } from './departments.js';
import type { IndexGaps } from './index-gaps.js';
import type { ReportReason } from './na.js';
import type { HistoryYear } from './rank-history.js';
import type { RankInfo } from './ranking.js';
import { hasData } from './standing.js';
import { direction } from './round.js';

/**
 * The three lists provincial plans sort indices and components into: what fell and needs work
 * ("cần tập trung khắc phục"), what rose or held ("duy trì và nâng cao"), and what scored higher
 * yet lost places ("điểm tăng nhưng hạng giảm").
 */
export type TriageList = 'fell' | 'rose-or-held' | 'score-up-rank-down';

/** How a measure moved since the previous year: the score's direction at published precision, and places gained (+) or lost (−). */
export interface Movement {
  score: 'up' | 'down' | 'same' | null;
  places: number | null;
}

/** The list a movement belongs to, and whether rank or score decided it. */
export interface TriageClass {
  list: TriageList;
  by: 'rank' | 'score';
}

/**
 * Sorts a movement into one list. The rank decides where there is one in both years (places
 * lost = fell, unless the score rose: then "score up, rank down"); otherwise the score does.
 * Each movement lands in exactly one list; null when neither rank nor score can be compared.
 */
export function classifyMovement(m: Movement): TriageClass | null {
  if (m.places !== null) {
    if (m.places < 0) return { list: m.score === 'up' ? 'score-up-rank-down' : 'fell', by: 'rank' };
    return { list: 'rose-or-held', by: 'rank' };
  }
  if (m.score === null) return null;
  return { list: m.score === 'down' ? 'fell' : 'rose-or-held', by: 'score' };
}

/** The direction of a score change at the index's published precision (changes that round to zero are "same"). */
export function scoreDirection(delta: number | null, precision: number): Movement['score'] {
  return delta === null ? null : direction(delta, precision);
}

/** One measure in a triage list: how it moved, what decided the list, and who leads it. */
export interface TriageItem {
  index: string;
  /** Component code, or the index's composite code. */
  code: string;
  kind: 'composite' | 'component';
  fromYear: number;
  year: number;
  from: number | null;
  score: number | null;
  scoreDelta: number | null;
  rankFrom: RankInfo | null;
  rank: RankInfo | null;
  /** Places gained (+) or lost (−); null without a rank in both years. */
  places: number | null;
  /** Whether the rank or (without ranks) the score decided the list. */
  by: TriageClass['by'];
  /** What makes the comparison unsafe (methodology break, different N) or notable (score ↑ rank ↓). */
  flags: ChangeFlag[];
  departments: DepartmentRef | null;
}

/** A measure left out of the triage lists, and why. */
export interface NotCompared {
  index: string;
  code: string;
  kind: 'composite' | 'component';
  year: number;
  reason: ReportReason;
}

/** The triage lists in the provincial plans' own terms; every compared measure is in exactly one. */
export interface ReportTriage {
  /** "Cần tập trung khắc phục": rank down (score not up), or score down where there is no rank. */
  fell: TriageItem[];
  /** "Duy trì và nâng cao": rank up or held, or score up or held where there is no rank. */
  roseOrHeld: TriageItem[];
  /** "Điểm tăng nhưng hạng giảm". */
  scoreUpRankDown: TriageItem[];
  notCompared: NotCompared[];
}

/** Sorts the composites and the components of the years shown into the three lists. */
/** What triage needs of one index: its composite standing in the year shown, and the focal department. */
export interface TriageIndex {
  index: string;
  compositeYear: number | null;
  standing: HistoryYear | null;
  focal: DepartmentRef | null;
}

export function triageOf(indices: TriageIndex[], gapsOf: Map<string, IndexGaps>, defs: Definitions, histories: HistoryYear[][]): ReportTriage {
  const out: ReportTriage = { fell: [], roseOrHeld: [], scoreUpRankDown: [], notCompared: [] };
  const put = (item: TriageItem, movement: Movement) => {
    const c = classifyMovement(movement);
    if (!c) return false;
    item.by = c.by;
    (c.list === 'fell' ? out.fell : c.list === 'rose-or-held' ? out.roseOrHeld : out.scoreUpRankDown).push(item);
    return true;
  };
  indices.forEach((ix, i) => {
    const def = defs.indices.get(ix.index)!;
    const s = ix.standing;
    if (s && ix.compositeYear !== null && hasData(s)) {
      const ch = s.change;
      const skip = (reason: ReportReason) => out.notCompared.push({ index: ix.index, code: def.compositeCode, kind: 'composite', year: s.year, reason });
      if (!ch) skip({ code: 'no-earlier-data' });
      else if (ch.flags.includes('unit-changed')) {
        const prev = histories[i]!.find((y) => y.year === ch.fromYear);
        skip({ code: 'unit-changed', from: prev?.unit ?? '', to: s.unit });
      } else {
        const prev = histories[i]!.find((y) => y.year === ch.fromYear);
        const item: TriageItem = {
          index: ix.index,
          code: def.compositeCode,
          kind: 'composite',
          fromYear: ch.fromYear,
          year: s.year,
          from: prev?.score ?? null,
          score: s.score,
          scoreDelta: ch.scoreDelta,
          rankFrom: prev?.rank ?? null,
          rank: s.rank,
          places: ch.places,
          by: 'rank',
          flags: ch.flags,
          departments: ix.focal,
        };
        if (!put(item, { score: scoreDirection(ch.scoreDelta, def.precision), places: ch.places })) skip({ code: 'no-earlier-data' });
      }
    }
    const gaps = gapsOf.get(ix.index);
    if (!gaps) return;
    for (const g of gaps.components) {
      if (g.score === null) continue;
      const ch = g.change;
      const skip = (reason: ReportReason) => out.notCompared.push({ index: ix.index, code: g.code, kind: 'component', year: gaps.year, reason });
      if (!ch || (ch.delta === null && ch.places === null)) {
        skip(g.na.change ?? { code: 'no-earlier-data' });
        continue;
      }
      const flags: ChangeFlag[] = [];
      if (ch.breaks.length > 0) flags.push('methodology-break');
      if (ch.rankFrom && g.rank && ch.rankFrom.of !== g.rank.of) flags.push('denominator-changed');
      if (ch.trend === 'up' && ch.places !== null && ch.places < 0) flags.push('score-up-rank-down');
      if (ch.trend === 'down' && ch.places !== null && ch.places > 0) flags.push('score-down-rank-up');
      const item: TriageItem = {
        index: ix.index,
        code: g.code,
        kind: 'component',
        fromYear: ch.fromYear,
        year: gaps.year,
        from: ch.from,
        score: g.score,
        scoreDelta: ch.delta,
        rankFrom: ch.rankFrom,
        rank: g.rank,
        places: ch.places,
        by: 'rank',
        flags,
        departments: g.departments,
      };
      put(item, { score: ch.trend, places: ch.places });
    }
  });
  return out;
}
