import type { Build, Row } from './build.js';

/** Figures stated one by one: the partial files, the PCI ranks published 2018–2024, the PAR INDEX and SIPAS stated tables and their national aggregates. */
export function statedFigures(b: Build): void {
  /** Rows of a partial file (one stated figure per row): only ranks and, where no dataset value exists, values. */
  function partial(index: string, path: string, compositeMetric: string, takeValues: boolean): void {
    for (const r of b.read(path)) {
      const year = Number(r.year);
      const province = b.code(r.province!, year);
      const directive = /Chỉ thị/.test(r.note ?? '');
      const note = r.note?.replace(/;?\s*rank also stated in Chỉ thị.*$|^Chỉ thị.*$/, '').trim() || undefined;
      const metric = r.metric!;
      const isComposite = metric === compositeMetric || metric.endsWith('_national') || metric.endsWith('_average');
      const values: Row = isComposite
        ? { rank: r.rank!, rank_of: r.rank_of!, ...(takeValues ? { [index === 'par-index' ? 'par_index' : 'sipas']: r.value! } : {}) }
        : { [`${metric}_rank`]: r.rank!, rank_of: r.rank ? r.rank_of! : '', ...(takeValues ? { [metric]: r.value! } : {}) };
      const source = r.source_url ? b.urlSource(r.source_url) : 'directive-quang-tri';
      b.put(index, year, province, values, source, note);
      if (directive && r.source_url) b.put(index, year, province, {}, 'directive-quang-tri');
    }
  }
  partial('papi', 'papi/papi_partial.csv', 'papi_total', false);
  partial('par-index', 'par-index/par_index_partial.csv', 'par_index', true);
  partial('sipas', 'sipas/sipas_partial.csv', 'sipas', true);

  // Added after the partial files so that the source ids of those pages stay as they were.
  // PCI 2018–2024 scores and ranks published one by one (tables, press); a rank only where the page states it.
  b.addSource({
    id: 'pcivietnam-subindices-2019',
    title: 'VCCI, PCI 2019 sub-indices of 63 provinces/cities (table; rows 1–13 and 15–23)',
    titleVi: 'VCCI, chỉ số thành phần PCI 2019 của 63 tỉnh, thành phố (bảng; dòng 1–13 và 15–23)',
    url: 'https://pcivietnam.vn/en/pci-subindices-of-63-provincescities',
    licence: 'not stated (VCCI / USAID PCI project)',
  });
  b.addSource({
    id: 'pcivietnam-table-2021',
    title: 'VCCI, PCI 2021 table of provinces (Bảng chỉ số các tỉnh thành Việt Nam; rows 1–21)',
    titleVi: 'VCCI, bảng PCI 2021 của các tỉnh (Bảng chỉ số các tỉnh thành Việt Nam; dòng 1–21)',
    url: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam',
    licence: 'not stated (VCCI / USAID PCI project)',
  });
  for (const r of b.read('pci/pci_published_ranks_2018_2024.csv')) {
    const year = Number(r.year);
    const quote = r.source_quote ?? '';
    const notes = [r.rank_note ? `${r.rank_note}, rank not stated` : '', quote.startsWith('table row') || quote.startsWith('order of the') ? '' : quote].filter(
      Boolean,
    );
    const of63 = r.rank && /\/63|of 63|trên 63/.test(quote) ? '63' : '';
    b.put('pci', year, b.code(r.province_std!, year), { pci: r.pci!, rank: r.rank!, rank_of: of63 }, b.urlSource(r.source_url!), notes.join('; ') || undefined);
  }

  // Second search (after the PCI pages, so that earlier source ids stay as they were).
  // PAR INDEX and SIPAS: one row per province-year of figures stated by a page (second search).
  const PAR_AREAS: Record<string, string> = {
    direction_management: 'par_component_direction',
    institutional_reform: 'par_component_institutional_reform',
    admin_procedure_reform: 'par_component_administrative_procedure_reform',
    apparatus_reform: 'par_component_organisational_apparatus_reform',
    civil_service_reform: 'par_component_civil_service_reform',
    public_finance_reform: 'par_component_public_finance_reform',
    digital_government: 'par_component_e_government',
    reform_impact: 'par_component_impact',
  };
  /** The sources of a stated row: its page(s), and the directive where the figure was read there. */
  function statedSources(r: Row): string[] {
    const ids = [r.source_url, r.source_url_2].filter((u): u is string => !!u).map((u) => b.urlSource(u));
    if (r.provenance === 'read_directive') ids.push('directive-quang-tri');
    return ids;
  }
  function stated(index: string, path: string, composite: string, areas: Record<string, string>): void {
    for (const r of b.read(path)) {
      const year = Number(r.year);
      const values: Row = { [composite]: r.composite!, rank: r.rank!, rank_of: r.rank_of! };
      for (const [col, ours] of Object.entries(areas)) {
        values[ours] = r[`${col}_pts`] ?? '';
        values[`${ours}_rank`] = r[`${col}_rank`] ?? '';
      }
      const hasFigure = Object.entries(values).some(([k, v]) => k !== 'rank_of' && v !== '');
      if (!hasFigure) continue; // a province only named in a list ("among the lowest"): no figure to bundle
      const unit = r.composite_unit && r.composite_unit !== 'percent' ? `value in ${r.composite_unit}` : '';
      // The directive is cited as a source (statedSources), so its long title is not repeated in the note.
      const own = r.note?.replace(/(^|;\s*)rank( \d+\/\d+)? read in Chỉ thị.*$/, '').trim();
      const note = [own, unit].filter(Boolean).join('; ') || undefined;
      const [first, ...more] = statedSources(r);
      b.put(index, year, b.code(r.province!, year), values, first!, note);
      for (const id of more) b.put(index, year, b.code(r.province!, year), {}, id);
    }
  }
  stated('par-index', 'par-index/par_index_province_year_stated.csv', 'par_index', PAR_AREAS);
  stated('sipas', 'sipas/sipas_province_year_stated.csv', 'sipas', {}); // factor columns are empty: no province factor scores are published
  /** National figures of the aggregate files that fit a column: means of the 63 provinces, national values. */
  function aggregates(index: string, path: string, map: Record<string, [string, string]>): void {
    for (const r of b.read(path)) {
      const target = map[r.aggregate!];
      if (!target || r.unit !== 'percent') continue; // counts, ranges, regional means and approximate figures have no column
      const [unit, column] = target;
      const [first, ...more] = statedSources(r);
      b.put(index, Number(r.year), unit, { [column]: r.value! }, first!, r.note || undefined);
      for (const id of more) b.put(index, Number(r.year), unit, {}, id);
    }
  }
  aggregates('par-index', 'par-index/par_index_aggregates_stated.csv', { mean_63_provinces: ['vn-average', 'par_index'] });
  aggregates('sipas', 'sipas/sipas_aggregates_stated.csv', {
    national: ['vn', 'sipas'],
    national_access: ['vn', 'sipas_access'],
    national_procedures: ['vn', 'sipas_procedures'],
    national_civil_servants: ['vn', 'sipas_civil_servants'],
    national_service_results: ['vn', 'sipas_results'],
    national_feedback_handling: ['vn', 'sipas_feedback_handling'],
    national_policy_satisfaction: ['vn', 'sipas_policy'],
  });
}
