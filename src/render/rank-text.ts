import type { ChangeFlag } from '../analysis/change.js';
import type { RankInfo } from '../analysis/ranking.js';
import type { Standing } from '../analysis/standing.js';
import { FLAG_MARKS, FLAGS, RANKS } from '../i18n/ranks.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import type { RankKind } from '../model/types.js';
import { provinceName } from './format.js';

/** A rank with its denominator ("59/63"), or "—". */
export function rankOrDash(r: RankInfo | null): string {
  return r ? `${r.rank}/${r.of}` : '—';
}

/** A percentile position on a 0–100 scale ("35"), or "—". */
export function percentileText(r: RankInfo | null, view: View): string {
  return r ? view.num(r.percentile * 100, 0) : '—';
}

/** Where a rank comes from: published (official or reported, as the index's rank kind says) or computed. */
export function rankOriginText(r: RankInfo | null, kind: RankKind, view: View): string {
  const t = view.pick(RANKS);
  if (!r) return '';
  return r.origin === 'computed' ? t.computed : kind === 'reported' ? t.reported : t.official;
}

/** Up to three province names, then "and N more". */
export function namesText(defs: Definitions, codes: string[], view: View): string {
  const names = codes.slice(0, 3).map((c) => provinceName(defs, c, view));
  if (codes.length > 3) names.push(view.pick(RANKS).andOthers(codes.length - 3));
  return names.join(', ');
}

/**
 * The notes a standing needs: who a computed rank is tied with, where the scores would put a
 * published rank when that differs or ties, and why there is no rank.
 */
export function standingNotes(defs: Definitions, s: Standing, view: View, showScoreOrigin = false): string[] {
  const t = view.pick(RANKS);
  const notes: string[] = [];
  const r = s.rank;
  if (r && r.origin === 'computed' && r.tiedWith.length > 0) notes.push(t.tiedWith(namesText(defs, r.tiedWith, view)));
  if (r?.byScore && (r.byScore.rank !== r.rank || r.byScore.tiedWith.length > 0)) {
    const same = r.byScore.tiedWith.length > 0 ? `, ${t.sameScoreAs(namesText(defs, r.byScore.tiedWith, view))}` : '';
    notes.push(t.byScore(`${r.byScore.rank}/${r.byScore.of}`) + same);
  }
  if (!r && s.noRank) notes.push(t.noRank[s.noRank]);
  if (showScoreOrigin && s.scoreOrigin === 'computed') notes.push(t.computedScore);
  return notes;
}

/** The flags of a change as words. */
export function flagsText(flags: ChangeFlag[], view: View): string[] {
  const t = view.pick(FLAGS);
  return flags.map((f) => t[f]);
}

/** The flags of a change as short marks for table cells (a changed scale implies the methodology break, so that mark is dropped). */
export function flagMarks(flags: ChangeFlag[], view: View): string[] {
  const t = view.pick(FLAG_MARKS);
  return flags.filter((f) => !(f === 'methodology-break' && flags.includes('scale-changed'))).map((f) => t[f]);
}

/** A legend line for the marks used ("điểm ↑ hạng ↓: điểm tăng nhưng hạng giảm"), or undefined when none is. */
export function flagLegend(flags: Iterable<ChangeFlag>, view: View): string | undefined {
  const seen = new Set(flags);
  const used = (Object.keys(view.pick(FLAGS)) as ChangeFlag[]).filter((f) => seen.has(f));
  if (used.length === 0) return undefined;
  const [marks, words] = [view.pick(FLAG_MARKS), view.pick(FLAGS)];
  return used.map((f) => `${marks[f]}: ${words[f]}`).join('; ') + '.';
}
