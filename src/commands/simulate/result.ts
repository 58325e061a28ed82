import type { DepartmentRef } from '../../analysis/departments.js';
import type { NaReason } from '../../analysis/na.js';
import type { SimulatedComponent, SimulatedComposite } from '../../analysis/simulate.js';
import type { Aggregation } from '../../model/types.js';

/** The `--format json` contract of `chiso simulate`. */
export interface SimulateResult {
  index: string;
  year: number;
  province: string;
  methodologyPeriod: { from: number; to: number };
  aggregation: Aggregation;
  /** Each change, with the component's new score, place among the year's provinces and lead department. */
  changes: (SimulatedComponent & { department: DepartmentRef | null })[];
  /** The composite before and after; null with `compositeNa` when the year's rule is unknown. */
  composite: SimulatedComposite | null;
  compositeNa: NaReason | null;
}
