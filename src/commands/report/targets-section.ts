import { FRAGILITY } from '../../i18n/fragility.js';
import { TARGETS } from '../../i18n/targets.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block } from '../../render/doc.js';
import { fragilityBlocks } from '../../render/fragility-section.js';
import { targetsTable } from '../../render/targets-table.js';
import type { ReportResult } from './result.js';

/** Sections 7 (how fragile each composite place is) and 8 (the province's targets, with --targets) of the report. */
export function reportTargetBlocks(result: ReportResult, defs: Definitions, view: View): Block[] {
  const f = view.pick(FRAGILITY);
  const blocks: Block[] = [];
  const fragile = result.indices.filter((ix) => ix.fragility && ix.compositeYear !== null);
  if (fragile.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: `7. ${f.title}` }, { kind: 'paragraph', text: f.intro });
    for (const ix of fragile) {
      const def = defs.indices.get(ix.index)!;
      blocks.push(...fragilityBlocks(ix.fragility, def.precision, view, { text: `${def.shortName} ${ix.compositeYear}`, level: 3 }));
    }
  }
  if (result.targets) {
    const t = view.pick(TARGETS);
    const k = result.targets.counts;
    blocks.push({ kind: 'heading', level: 2, text: `8. ${t.sectionTitle}` });
    blocks.push(targetsTable(result.targets.checks, defs, view, { line: false, province: false }));
    blocks.push({ kind: 'paragraph', text: `${t.summary(k.met, k.missed, k.notPublished, k.notComparable)} (${result.targets.file})` });
  }
  return blocks;
}
