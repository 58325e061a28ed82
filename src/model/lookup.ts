import { UsageError } from './errors.js';
import type { Definitions } from './definitions.js';
import { nameKey } from './provinces.js';
import { say } from './text.js';
import type { ComponentDef, Period, Region } from './types.js';

/**
 * The component of a period named by its code ("transparency", "d2_transparency") or, failing
 * that, by a unique underscore-separated part of a component code ("d2", "transparency").
 */
export function resolveComponent(period: Period, query: string, indexName: string, year: number): ComponentDef {
  const q = query.trim().toLowerCase();
  const exact = period.components.find((c) => c.code === q && c.kind !== 'alternate');
  if (exact) return exact;
  const parts = period.components.filter(
    (c) => c.kind === 'component' && c.code.split('_').some((_, i, all) => all.slice(i).join('_') === q || all.slice(0, i + 1).join('_') === q),
  );
  if (parts.length === 1) return parts[0]!;
  const codes = period.components.filter((c) => c.kind === 'component').map((c) => c.code);
  throw new UsageError(
    parts.length > 1
      ? say(
          `"${query}" khớp với nhiều chỉ số thành phần của ${indexName} ${year}: ${parts.map((c) => c.code).join(', ')}`,
          `component "${query}" is ambiguous in ${indexName} ${year}: ${parts.map((c) => c.code).join(', ')}`,
        )
      : say(`${indexName} ${year} không có chỉ số thành phần "${query}"`, `unknown component "${query}" for ${indexName} ${year}`),
    codes.length > 0
      ? say(`các chỉ số thành phần của ${indexName} ${year}: ${codes.join(', ')}`, `components of ${indexName} ${year}: ${codes.join(', ')}`)
      : say(`định nghĩa dữ liệu không có chỉ số thành phần nào của ${indexName} ${year}`, `${indexName} ${year} has no components in the data definitions`),
  );
}

/** A region by code or by name in either language (case, diacritics and spacing ignored). */
export function resolveRegion(defs: Definitions, query: string): Region {
  const key = nameKey(query);
  for (const r of defs.regions.values()) {
    if ([r.code, r.nameVi, r.nameEn].some((n) => nameKey(n) === key)) return r;
  }
  const codes = [...defs.regions.keys()].join(', ');
  throw new UsageError(say(`không có vùng "${query}"`, `unknown region "${query}"`), say(`các vùng: ${codes}`, `regions: ${codes}`));
}

/** "2006–2023" style runs of consecutive years: "2012, 2016, 2020–2024". */
export function yearRuns(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The usage error for an index-year the data folder has no table for. */
export function noTableError(indexName: string, year: number, years: number[]): UsageError {
  return new UsageError(
    say(`không có dữ liệu ${indexName} năm ${year}`, `${indexName} has no data for ${year}`),
    years.length > 0
      ? say(`các năm có dữ liệu ${indexName}: ${yearRuns(years)}`, `years with ${indexName} data: ${yearRuns(years)}`)
      : say(`thư mục dữ liệu không có tệp ${indexName} nào`, `the data folder has no ${indexName} files`),
  );
}
