import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const OLD = 'test/fixtures/synthetic-diff/old';
const NEW = 'test/fixtures/synthetic-diff/new';
const ext = (format: string) => (format === 'table' ? 'txt' : format);

interface Change {
  kind: string;
  revised: boolean;
  province?: string;
  measure?: string;
  subject?: string;
  key?: string;
  field?: string;
  line?: number;
}

describe('chiso diff on the synthetic OLD/NEW pair', () => {
  for (const format of ['table', 'json', 'csv', 'md', 'github']) {
    it(`matches the golden ${format} output`, async () => {
      const r = await runCli(['diff', OLD, NEW, '--format', format, '--lang', 'en']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/diff-synthetic.${ext(format)}`);
    });
  }

  it('finds one of each kind of change, and no change within the stored precision', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'json']);
    const changes: Change[] = JSON.parse(r.stdout).changes;
    const kinds = new Set(changes.map((c) => c.kind));
    for (const k of [
      'year-added',
      'year-removed',
      'province-added',
      'province-removed',
      'value-changed',
      'value-added',
      'value-removed',
      'rank-changed',
      'definition-added',
      'definition-changed',
    ]) {
      expect(kinds, k).toContain(k);
    }
    // Ấn Phú 25 → 25.0000001 is the same number at SYN's 2 published decimals.
    expect(changes.filter((c) => c.province === 'an-phu')).toEqual([]);
    expect(changes.filter((c) => c.subject).map((c) => `${c.subject} ${c.key} ${c.field ?? ''}`.trim())).toEqual([
      'period syn 2022-2026 tolerance',
      'component syn 2022 c max',
      'component syn 2022 d',
      'department syn a lead',
      'source synthetic title',
    ]);
  });

  it('points at the NEW file line of a changed value', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'json']);
    const rank = (JSON.parse(r.stdout).changes as Change[]).find((c) => c.kind === 'rank-changed')!;
    const line = readFileSync(join(NEW, 'syn/2023.csv'), 'utf8').split('\n')[rank.line! - 1];
    expect(line).toMatch(/^Cát Lâm,20,4,/);
  });

  it('narrows to --year and --index', async () => {
    const r = await runCli(['diff', OLD, NEW, '--year', '2024', '--format', 'json']);
    const result = JSON.parse(r.stdout);
    expect(result.summary).toEqual([expect.objectContaining({ index: 'syn', year: 2024, status: 'added' })]);
    // Definitions are narrowed to the periods covering 2024: the 2022 period, its components, departments and sources.
    expect(result.changes.filter((c: Change) => !c.subject).map((c: Change) => c.kind)).toEqual(['year-added']);
  });

  it('leaves the shared sources out with --index, and rejects an index neither folder has', async () => {
    const r = await runCli(['diff', OLD, NEW, '--index', 'syn', '--format', 'json']);
    expect((JSON.parse(r.stdout).changes as Change[]).filter((c) => c.subject === 'source')).toEqual([]);
    expect((await runCli(['diff', OLD, NEW, '--index', 'pci'])).code).toBe(2);
  });

  it('exits 5 with --fail-on revised or any, 0 without', async () => {
    expect((await runCli(['diff', OLD, NEW])).code).toBe(0);
    expect((await runCli(['diff', OLD, NEW, '--fail-on', 'revised'])).code).toBe(5);
    expect((await runCli(['diff', OLD, NEW, '--fail-on', 'any'])).code).toBe(5);
    // Only additions in 2024: a change, but no revision.
    expect((await runCli(['diff', OLD, NEW, '--year', '2024', '--fail-on', 'revised'])).code).toBe(0);
    expect((await runCli(['diff', OLD, NEW, '--year', '2024', '--fail-on', 'any'])).code).toBe(5);
    expect((await runCli(['diff', OLD, OLD, '--fail-on', 'any'])).code).toBe(0);
  });

  it('rejects a bad --fail-on and a missing folder', async () => {
    expect((await runCli(['diff', OLD, NEW, '--fail-on', 'some'])).code).toBe(2);
    const missing = await runCli(['diff', OLD, 'no/such/folder', '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^chiso: NEW data folder not found \(no\/such\/folder\)\n/);
  });
});

describe('chiso diff on the bundled data against a modified copy', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'chiso-diff-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists exactly one changed score, one removed province and one added year file', async () => {
    const [old, next] = [join(tmp, 'old'), join(tmp, 'new')];
    cpSync('data', old, { recursive: true });
    cpSync('data', next, { recursive: true });
    // The "added year file": OLD lacks SIPAS 2024, NEW has it as bundled.
    rmSync(join(old, 'sipas/2024.csv'));
    const pci2019 = join(next, 'pci/2019.csv');
    writeFileSync(pci2019, readFileSync(pci2019, 'utf8').replace(/^Quảng Trị,63\.84,49,63,7\.17,/m, 'Quảng Trị,63.84,49,63,7.19,'));
    const pci2018 = join(next, 'pci/2018.csv');
    writeFileSync(pci2018, readFileSync(pci2018, 'utf8').replace(/^Bến Tre,.*\n/m, ''));
    const r = await runCli(['diff', old, next, '--format', 'json']);
    expect(r.code).toBe(0);
    const changes: Change[] = JSON.parse(r.stdout).changes;
    expect(changes.map((c) => [c.kind, c.province ?? '', c.measure ?? ''])).toEqual([
      ['province-removed', 'ben-tre', ''],
      ['value-changed', 'quang-tri', 'entry_costs'],
      ['year-added', '', ''],
    ]);
    // Every other index-year in both folders is counted as unchanged.
    const yearFiles = ['pci', 'papi', 'par-index', 'sipas'].flatMap((i) => readdirSync(join('data', i)).filter((f) => /^\d{4}\.csv$/.test(f)));
    expect(JSON.parse(r.stdout).unchanged).toBe(yearFiles.length - 1 - 2);
    expect((await runCli(['diff', old, next, '--index', 'pci', '--fail-on', 'revised'])).code).toBe(5);
  }, 60_000);
});

describe('chiso diff in Vietnamese (the default)', () => {
  it('words what a definition change is about in Vietnamese, on every format a person reads', async () => {
    for (const format of ['table', 'github', 'md']) {
      const { stdout } = await runCli(['diff', OLD, NEW, '--format', format]);
      expect(stdout).toMatch(/giai đoạn syn 2022-2026/);
      // The check codes in a GitHub annotation's title stay codes ("definition-changed"); the sentence is Vietnamese.
      const prose = stdout.replace(/title=[^:]*::/g, '');
      expect(prose).not.toMatch(/\b(period|component|department|changed|added|removed)\b/);
    }
  });
});
