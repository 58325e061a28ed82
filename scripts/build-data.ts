/**
 * Rebuilds data/<index>/<year>.csv and data/sources.csv from the source tables in
 * shared/data-sources (path given as the first argument). Values are copied as text, never
 * recomputed; rows of different sources for the same province-year are merged, and a build fails
 * when two sources disagree on a value they both give.
 *
 *   npm run data -- ../shared/data-sources [output folder, default data/]
 *
 * The steps run in a fixed order: a source's id is fixed when it is first cited, so reordering
 * them would renumber the press pages' ids in every year file.
 */
import { BUNDLED_DATA_DIR } from '../src/load/paths.js';
import { Build } from './build-data/build.js';
import { writeIndicators } from './build-data/indicators.js';
import { papiExtracts, papiPress } from './build-data/papi.js';
import { pciTables } from './build-data/pci.js';
import { addBaseSources } from './build-data/sources.js';
import { statedFigures } from './build-data/stated.js';
import { writeTables } from './build-data/write.js';

const out = process.argv[3] ?? BUNDLED_DATA_DIR;
// Definitions (provinces, components, periods) are always the bundled ones.
const b = new Build(process.argv[2] ?? '../shared/data-sources', BUNDLED_DATA_DIR);
addBaseSources(b);
pciTables(b);
papiExtracts(b);
statedFigures(b);
papiPress(b);
writeTables(b, out);
writeIndicators(b, out);
