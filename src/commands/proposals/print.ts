import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { PrintExtras } from '../../render/chart.js';
import type { Doc } from '../../render/doc.js';
import { provinceName } from '../../render/format.js';
import type { ProposalsResult } from './result.js';
import { proposalsDoc } from './view.js';

const HEADER = {
  vi: (province: string, year: number | null) => (year === null ? province : `${province} — số liệu đến năm ${year}`),
  en: (province: string, year: number | null) => (year === null ? province : `${province} — data up to ${year}`),
};

/** The page header of the printed sheets: the province and the latest data year they rest on. */
export function proposalsPrint(result: ProposalsResult, defs: Definitions, view: View): PrintExtras {
  const unit = [...result.indices].reverse().find((i) => i.province !== null)?.province ?? result.units[result.units.length - 1]!;
  const years = result.indices.flatMap((i) => (i.year === null || i.reason !== null ? [] : [i.year]));
  return { header: view.pick(HEADER)(provinceName(defs, unit, view), years.length > 0 ? Math.max(...years) : null) };
}

/** One document per department (`--split`): the same preface and notes, with that department's sheet alone. */
export function proposalsParts(result: ProposalsResult, defs: Definitions, view: View): { name: string; doc: Doc }[] {
  return result.sheets.map((sheet) => ({ name: sheet.department, doc: proposalsDoc({ ...result, sheets: [sheet] }, defs, view) }));
}
