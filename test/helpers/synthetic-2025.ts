import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const FIXTURE = 'test/fixtures/synthetic-2025';

/**
 * A data folder made of the bundled data plus the synthetic 34-unit PCI and PAPI 2025 tables (and
 * their source row): the 63-province years are real, 2025 is made up. The caller removes `dir`.
 */
export function synthetic2025Folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-2025-'));
  cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
  for (const index of ['pci', 'papi']) cpSync(join(FIXTURE, index, '2025.csv'), join(dir, index, '2025.csv'));
  const extra = readFileSync(join(FIXTURE, 'sources.csv'), 'utf8').split('\n').slice(1).join('\n');
  appendFileSync(join(dir, 'sources.csv'), extra);
  return dir;
}
