import { pick, type Build } from './build.js';

/** PAPI: the dimension and reported totals extract, and the sub-dimension extract. */
export function papiExtracts(b: Build): void {
  // PAPI: dimensions and reported totals, sub-dimensions, and quoted ranks.
  const DIMS = b.components.filter((c) => c.index === 'papi' && c.kind === 'component' && c.period === '2018').map((c) => c.code);
  for (const r of b.read('papi/papi_dimensions_2011_2024.csv')) {
    const year = Number(r.year);
    const values = { papi: r.papi_total_reported!, ...pick(r, DIMS) };
    if (Object.values(values).every((v) => v === '')) continue;
    b.put('papi', year, b.code(r.province!, year), values, 'papi-dimensions-extract');
  }
  const crosswalk = new Map(b.read('papi/papi_province_crosswalk.csv').map((r) => [r.province_code_subdim_file!, r.province!]));
  for (const r of b.read('papi/papi_subdimensions_2011_2024.csv')) {
    const year = Number(r.year);
    const subs = Object.fromEntries(Object.entries(r).filter(([k]) => /^d\d_sub\d$/.test(k)));
    if (Object.values(subs).every((v) => v === '')) continue;
    b.put('papi', year, b.code(crosswalk.get(r.province_code!)!, year), subs, 'papi-subdimensions-extract');
  }
}

/**
 * PAPI press figures (second search): ranks only, and PAPI's national average; where a press score
 * differs from the extract, the extract's value is kept and the row's note says so.
 */
export function papiPress(b: Build): void {
  const notes = new Map<string, { year: number; province: string; url: string; conflicts: string[] }>();
  for (const r of b.read('papi/papi_press_figures_2.csv')) {
    const year = Number(r.year);
    const url = r.source_url!;
    if (r.metric === 'papi_national_average') {
      b.put(
        'papi',
        year,
        'vn',
        { papi: r.value! },
        b.urlSource(url),
        `PAPI national average (not the mean of the provincial totals)${r.note ? `; ${r.note}` : ''}`,
      );
      continue;
    }
    const province = b.code(r.province!, year);
    const total = r.metric === 'papi_total' || r.metric === 'papi_total_6dim';
    if (r.rank)
      b.put('papi', year, province, total ? { rank: r.rank, rank_of: r.rank_of! } : { [`${r.metric}_rank`]: r.rank, rank_of: r.rank_of! }, b.urlSource(url));
    if (r.check_result === 'CONFLICT') {
      const key = `${year} ${province} ${url}`;
      const entry = notes.get(key) ?? { year, province, url, conflicts: [] };
      entry.conflicts.push(`${total ? 'total' : r.metric!.replace(/_.*/, '').toUpperCase()} ${r.value} vs ${r.dataset_value}`);
      notes.set(key, entry);
    }
  }
  for (const { year, province, url, conflicts } of notes.values()) {
    b.put(
      'papi',
      year,
      province,
      {},
      b.urlSource(url),
      `CONFLICT: ${new URL(url).hostname} gives ${conflicts.join(', ')} (press vs extract); the extract is kept`,
    );
  }
}
