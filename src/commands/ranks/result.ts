import type { GroupRef } from '../../analysis/groups.js';
import type { LeagueRow } from '../../analysis/league.js';
import type { RankKind } from '../../model/types.js';

/** One province in the league table. */
export interface RankEntry extends LeagueRow {
  region: string | null;
  /** The owners' group (PAPI percentile group, PCI tier, PAR INDEX A/B/C) on the composite; null where none applies. */
  group: GroupRef | null;
}

/** The `--format json` contract of `chiso ranks`. */
export interface RanksResult {
  index: string;
  year: number;
  /** Component code ranked on; null for the composite. */
  component: string | null;
  /** How the index's published ranks come about: official, reported (press) or none. */
  rankKind: RankKind;
  methodologyPeriod: { from: number; to: number };
  /** Provincial units that existed that year. */
  expectedProvinces: number;
  /** Provinces with a score on the measure. */
  withScore: number;
  /** Whether ranks were computed from scores where none is published (needs minCoverage). */
  computable: boolean;
  minCoverage: number;
  region: string | null;
  top: number | null;
  bottom: number | null;
  entries: RankEntry[];
  /** Units of the year (in the region, if given) with no row in the data. */
  missing: string[];
}
