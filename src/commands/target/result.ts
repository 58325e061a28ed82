import type { DepartmentRef } from '../../analysis/departments.js';
import type { Fragility } from '../../analysis/fragility.js';
import type { Cap, Goal, SoloRise, TargetAnalysis, TargetPlan } from '../../analysis/target.js';
import type { Aggregation } from '../../model/types.js';

/** A rise of the plan with the department that leads the component. */
export type PlanRise = TargetPlan['rises'][number] & { department: DepartmentRef | null };

/** The `--format json` contract of `chiso target`. */
export interface TargetResult extends Omit<TargetAnalysis, 'solo' | 'plan'> {
  index: string;
  year: number;
  province: string;
  methodologyPeriod: { from: number; to: number };
  aggregation: Aggregation;
  goal: Goal;
  only: string[] | null;
  cap: Cap | null;
  /** Each component raised alone, cheapest first. */
  solo: (SoloRise & { department: DepartmentRef | null })[];
  plan: (Omit<TargetPlan, 'rises'> & { rises: PlanRise[] }) | null;
  /** How fragile the current place is; null when the province has no composite. */
  fragility: Fragility | null;
}
