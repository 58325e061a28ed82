export { checkTargets as runTargets } from '../../analysis/targets-check.js';
