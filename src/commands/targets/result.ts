import type { TargetsResult } from '../../analysis/targets-check.js';

/** The `--format json` contract of `chiso targets` (exit 4 when any target is missed). */
export type { TargetsResult };
