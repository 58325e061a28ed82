import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_VERSION, fileHash, folderFiles, matchesManifest, type Manifest } from '../../src/load/cache-manifest.js';

// A small folder shaped like a data folder (files at the top and in index folders), and its manifest
// made the way scripts/data-cache.mjs makes it.
let dir = '';
function folder(): Manifest {
  dir = mkdtempSync(join(tmpdir(), 'chiso-manifest-'));
  mkdirSync(join(dir, 'pci'));
  mkdirSync(join(dir, 'papi'));
  writeFileSync(join(dir, 'provinces.csv'), 'code\na\n');
  writeFileSync(join(dir, 'pci', '2023.csv'), 'province,pci\na,60\n');
  writeFileSync(join(dir, 'papi', '2024.csv'), 'province,papi\na,40\n');
  const files = folderFiles(dir).map((path) => {
    const stat = statSync(join(dir, path));
    return { path, size: stat.size, mtimeMs: stat.mtimeMs, sha256: fileHash(join(dir, path)) };
  });
  return { version: CACHE_VERSION, root: dir, files };
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const later = (path: string, seconds: number) => utimesSync(path, new Date(), new Date(Date.now() + seconds * 1000));

describe('matchesManifest', () => {
  it('matches the folder it was made from, and again once a file is touched but unchanged', () => {
    const m = folder();
    expect(m.files.map((f) => f.path)).toEqual(['papi/2024.csv', 'pci/2023.csv', 'provinces.csv']);
    expect(matchesManifest(dir, m)).toBe(true);
    later(join(dir, 'pci', '2023.csv'), 5);
    expect(matchesManifest(dir, m)).toBe(true);
  });

  it('does not match once a file changed, even to the same size', () => {
    const m = folder();
    writeFileSync(join(dir, 'pci', '2023.csv'), 'province,pci\na,61\n');
    later(join(dir, 'pci', '2023.csv'), 5);
    expect(matchesManifest(dir, m)).toBe(false);
  });

  it('does not match once a file was added (at the top or in a folder, even a new folder) or removed', () => {
    let m = folder();
    writeFileSync(join(dir, 'pci', '2024.csv'), 'province,pci\na,62\n');
    expect(matchesManifest(dir, m)).toBe(false);
    rmSync(dir, { recursive: true });
    m = folder();
    mkdirSync(join(dir, 'sipas'));
    writeFileSync(join(dir, 'sipas', '2023.csv'), 'x\n');
    expect(matchesManifest(dir, m)).toBe(false);
    rmSync(dir, { recursive: true });
    m = folder();
    writeFileSync(join(dir, 'regions.csv'), 'x\n');
    expect(matchesManifest(dir, m)).toBe(false);
    rmSync(dir, { recursive: true });
    m = folder();
    unlinkSync(join(dir, 'papi', '2024.csv'));
    expect(matchesManifest(dir, m)).toBe(false);
  });

  it('does not match once a file became a folder', () => {
    const m = folder();
    unlinkSync(join(dir, 'provinces.csv'));
    mkdirSync(join(dir, 'provinces.csv'));
    expect(matchesManifest(dir, m)).toBe(false);
  });
});
