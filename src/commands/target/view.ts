import { naText } from '../../i18n/reasons.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Cell, Doc } from '../../render/doc.js';
import { fragilityBlocks } from '../../render/fragility-section.js';
import { leadText, measureName, provinceName } from '../../render/format.js';
import { placeText } from '../../render/place-text.js';
import { TARGET } from './labels.js';
import type { TargetResult } from './result.js';

/** `chiso target` as a document: points needed, each component alone, the plan, and how fragile the rank is. */
export function targetDoc(result: TargetResult, defs: Definitions, view: View): Doc {
  const t = view.pick(TARGET);
  const index = defs.indices.get(result.index)!;
  const p = index.precision;
  const nameOf = (code: string) => defs.indices.get(code)?.shortName ?? provinceName(defs, code, view);
  const comp = (code: string) => measureName(defs, result.index, result.year, code, view);
  const g = result.goal;
  const goal =
    g.kind === 'rank' ? t.goal.rank(g.rank) : g.kind === 'percentile' ? t.goal.percentile(view.num(g.percentile, 0)) : t.goal.score(view.num(g.score, p));
  const doc: Doc = [{ kind: 'heading', level: 1, text: t.title(index.shortName, result.year, provinceName(defs, result.province, view)) }];
  if (!result.current) {
    doc.push({ kind: 'paragraph', text: t.noScore(naText(result.neededNa!, view.lang, nameOf)) });
    doc.push(...fragilityBlocks(result.fragility, p, view));
    return doc;
  }
  doc.push({ kind: 'paragraph', text: t.now(view.num(result.current.score, p), placeText(result.current.place)) });
  doc.push({ kind: 'paragraph', text: result.met ? t.met(goal) : t.needed(goal, view.num(result.needed!, p), view.num(result.threshold!, p)) });
  if (!result.plan) {
    if (result.planNa && !result.met) doc.push({ kind: 'paragraph', text: t.noPlan(naText(result.planNa, view.lang, nameOf)) });
  } else if (!result.met) {
    const soloRows: Cell[][] = [...result.solo]
      .sort((a, b) => a.rise - b.rise || (a.code < b.code ? -1 : 1))
      .map((s) => [
        comp(s.code),
        view.num(s.current, p),
        view.num(s.pointsPerUnit, 2),
        view.num(s.rise, p),
        view.num(s.after, p),
        !s.withinMax
          ? { text: t.aboveMax(view.num(s.max!, 0)), tone: 'bad' }
          : !s.withinBest
            ? { text: t.aboveBest(view.num(s.best, p)), tone: 'muted' }
            : t.yes,
        leadText(s.department, view),
      ]);
    doc.push({ kind: 'heading', level: 2, text: t.soloTitle });
    doc.push({
      kind: 'table',
      columns: [
        { label: t.component },
        { label: t.current, align: 'right' },
        { label: t.perUnit, align: 'right' },
        { label: t.rise, align: 'right' },
        { label: t.after, align: 'right' },
        { label: t.feasible },
        { label: t.lead },
      ],
      rows: soloRows,
    });
    const plan = result.plan;
    doc.push({ kind: 'heading', level: 2, text: t.planTitle });
    if (plan.rises.length > 0) {
      doc.push({
        kind: 'table',
        columns: [
          { label: t.component },
          { label: t.rise, align: 'right' },
          { label: t.after, align: 'right' },
          { label: view.pick({ vi: 'Điểm tổng hợp', en: 'Composite points' }), align: 'right' },
          { label: t.lead },
        ],
        rows: plan.rises.map((r) => [comp(r.code), view.delta(r.rise, p), view.num(r.after, p), view.delta(r.points, p), leadText(r.department, view)]),
      });
    }
    const reached = [view.num(plan.reached.score, p), placeText(plan.reached.place)] as const;
    doc.push({ kind: 'paragraph', text: plan.feasible ? t.plan(view.num(plan.totalRise, p), view.num(plan.points, p), ...reached) : t.infeasible(...reached) });
    const cap = result.cap;
    doc.push({ kind: 'paragraph', text: `${!cap ? t.bounds.max : cap.kind === 'best' ? t.bounds.best : t.bounds.rise(view.num(cap.value, p))} ${t.strict}` });
  }
  doc.push(...fragilityBlocks(result.fragility, p, view));
  return doc;
}
