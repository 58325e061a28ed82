import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { rankHistory } from '../../src/analysis/rank-history.js';
import { reportYears } from '../../src/commands/report/history-span.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { openData } from '../../src/load/open-data.js';
import { provinceSeries } from '../../src/model/province-series.js';
import { synthetic2025Folder } from '../helpers/synthetic-2025.js';

const dir = synthetic2025Folder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The bundled data (63 provinces to 2024) and the same with made-up 34-unit 2025 tables.
const folders = { bundled: BUNDLED_DATA_DIR, 'with 2025': dir };
const names = ['Quảng Trị', 'Đà Nẵng', 'Hà Nội', 'Quảng Bình', 'Tuyên Quang', 'Huế', 'Lai Châu', 'Bắc Kạn', 'Cao Bằng', 'Bình Dương'];

describe('the report ranks only the years it reads, with the entries a whole history gives', () => {
  it.each(Object.entries(folders).flatMap(([label, folder]) => [undefined, 2016, 2022, 2024].map((year) => [label, year, folder] as const)))(
    '%s data, year %s',
    (_label, year, folder) => {
      const data = openData(folder, { readAll: true, years: year === undefined ? undefined : (y) => y <= year });
      for (const name of names) {
        const series = provinceSeries(data.defs, name);
        const { history, window, years } = reportYears(data, series, year);
        const whole = rankHistory(data, series, [...data.defs.indices.keys()], undefined, year);
        history.indices.forEach((h, i) => {
          const all = whole.indices[i]!;
          // Every year after the span's first is the whole history's, its change included (the first
          // year's change would rest on a year before the span: the span starts early for that).
          const from = h.years[0]?.year ?? Infinity;
          expect(h.years.slice(1), `${name} ${h.index}`).toEqual(all.years.filter((y) => y.year > from));
          if (h.years.length > 0) expect({ ...h.years[0]!, change: null }).toEqual({ ...all.years.find((y) => y.year === from)!, change: null });
          // Every year a section reads (the window, the composite and component years) has its change.
          const need = Math.min(window?.from ?? Infinity, years[i]!.compositeYear ?? Infinity, years[i]!.componentYear ?? Infinity);
          expect(
            h.years.filter((y) => y.year >= need),
            `${name} ${h.index}`,
          ).toEqual(all.years.filter((y) => y.year >= need));
          // The span reaches back at least to the window, or to the first year with data.
          if (window && h.years.length > 0) expect(from <= window.from || from === all.years[0]!.year, `${name} ${h.index}`).toBe(true);
        });
      }
    },
  );
});
