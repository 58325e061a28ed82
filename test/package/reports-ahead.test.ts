import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { run as plainRun } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { aheadKey } from '../../src/commands/report/ahead.js';
import { openData } from '../../src/load/open-data.js';
import { provinceSeries } from '../../src/model/province-series.js';

// The reports the build computed ahead (src/commands/report/ahead.ts) against the report computed
// on the call, by the plain code reading the CSV files: the same bytes, on the build's day and on
// days with the same department assignments (the stored report, its day rewritten) or other ones
// (the report computed on the call). Some provinces stand for the others: what could differ (the
// paths, the day) is the same for all, and the build checks each stored report against another day.
const BUILT = existsSync('dist/bundle/report.cjs') && existsSync('dist/data-cache/data.bin');

type Run = (argv: string[], io: Io) => Promise<number>;

async function output(run: Run, argv: string[], today?: string): Promise<string> {
  let out = '';
  const io: Io = { stdout: (t) => void (out += String(t)), stderr: (t) => void (out += `[stderr] ${t}`), env: {}, isTTY: false, columns: 100, today };
  const code = await run(argv, io);
  return `${out}[exit ${code}]`;
}

/** The head of the data cache (src/load/data-cache.ts). */
function head(): { reportDay: string; parts: Record<string, unknown> } {
  const bin = readFileSync('dist/data-cache/data.bin');
  return JSON.parse(bin.subarray(4, 4 + bin.readUInt32LE(0)).toString('utf8')) as { reportDay: string; parts: Record<string, unknown> };
}

describe.skipIf(!BUILT)('the reports computed ahead (after npm run build)', () => {
  const bundled = (
    createRequire(import.meta.url)('../../bin/load-bundle.cjs') as { loadBundle: (c: null, kind: string) => { exports: { run: Run } } }
  ).loadBundle(null, 'report').exports.run;
  const { defs } = openData('data');
  // One name per province as a series of units (a merged province's name denotes the units before and after).
  const names = new Map<string, string>();
  for (const p of defs.provinces.all) if (p.kind === 'unit') names.set(aheadKey(provinceSeries(defs, p.nameVi), 3), p.nameVi);

  it('are stored for every province, for the build day', () => {
    const { parts } = head();
    expect(names.size).toBeGreaterThan(60);
    expect([...names.keys()].filter((key) => !(`report:${key}` in parts))).toEqual([]);
  });

  // The JSON is the whole result; the tables below are drawn from it as read back.
  it('print what the report computed on the call prints, for one province in four', async () => {
    const { reportDay } = head();
    for (const name of [...names.values()].filter((_, i) => i % 4 === 0)) {
      const argv = ['--province', name, '--format', 'json'];
      expect(await output(bundled, argv, reportDay), name).toBe(await output(plainRun, argv, reportDay));
    }
  });

  it.each(['2026-06-30', '2030-01-01', '2024-12-31'])('print what the report computed on %s prints', async (today) => {
    for (const name of ['Quảng Trị', 'Hà Giang', 'Hà Tây']) {
      for (const argv of [
        ['--province', name, '--format', 'json'],
        ['--province', name, '--lang', 'en'],
      ]) {
        expect(await output(bundled, argv, today), `${today} ${argv.join(' ')}`).toBe(await output(plainRun, argv, today));
      }
    }
  });

  // --departments FILE reads a CSV file: the whole CLI's, in a process of its own (bundle-parity.test.ts).
  it('are not used for a call with other options (it computes the report, to the same bytes)', async () => {
    for (const argv of [
      ['-n', '5'],
      ['--year', '2023'],
      ['--as-of', '2024-01-01', '--format', 'json'],
    ]) {
      expect(await output(bundled, argv), argv.join(' ')).toBe(await output(plainRun, argv));
    }
  });
});
