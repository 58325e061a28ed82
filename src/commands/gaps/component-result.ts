import type { DepartmentRef } from '../../analysis/departments.js';
import type { ComponentIndicators } from '../../analysis/indicator-gaps.js';

/** `chiso gaps --component CODE --format json`: the indicators of one component for one province. */
export interface ComponentGapsResult extends ComponentIndicators {
  index: string;
  year: number;
  /** Province code in that year. */
  province: string;
  /** Provincial units of the year (the denominator of the coverage rule). */
  units: number;
  departments: DepartmentRef | null;
}
