import type { Fragility } from '../analysis/fragility.js';
import { FRAGILITY } from '../i18n/fragility.js';
import type { View } from '../i18n/view.js';
import type { Block } from './doc.js';
import { placeMove, placeText } from './place-text.js';

/** The fragility of a rank as a small section (heading and list), for gaps, report and target. */
export function fragilityBlocks(f: Fragility | null | undefined, precision: number, view: View, heading?: { text: string; level: 2 | 3 }): Block[] {
  if (!f) return [];
  const t = view.pick(FRAGILITY);
  const items = [
    f.up ? t.up(placeMove(f.place, f.up.place), view.delta(f.up.change, precision)) : t.first,
    f.down ? t.down(placeMove(f.place, f.down.place), view.delta(f.down.change, precision)) : t.last,
    t.within(f.within.half, f.within.one),
    t.at(f.at.map((m) => `${view.delta(m.change, 0)} → ${placeText(m.place)}`).join('; ')),
  ];
  return [
    { kind: 'heading', level: heading?.level ?? 2, text: heading?.text ?? t.title },
    { kind: 'list', items },
  ];
}
