import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Doc } from '../../src/render/doc.js';
import { fitTable } from '../../src/render/fit-table.js';
import { PLAIN, renderTable, terminalStyles } from '../../src/render/render-table.js';
import { wrapHanging, wrapText } from '../../src/render/wrap.js';
import { refFitTable, refRenderTables, refWrapHanging, refWrapText } from './layout-reference.js';

// Words of what tables hold (Vietnamese in NFC and decomposed, dashes, arrows, numbers), wide and
// emoji-like characters, and long words that must be cut: the fast paths and the general path both run.
const PIECES = ['a', 'Quảng', 'Trị', 'Qua\u0309ng', '—', '↑12', 'bậc', '63,23', '14/61*', '中文', '©', '⚠', 'https://vcci.com.vn/pci/2023', 'x'.repeat(30)];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\u00a0'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.boolean(), fc.boolean()))
  .map(([parts, lead, trail]) => (lead ? ' ' : '') + parts.map(([w, s]) => w + s).join('') + (trail ? '' : ' '));
// Short one-line cells too, so that many tables stay compact (no cell wraps).
const short = fc.array(fc.constantFrom(...PIECES.slice(0, 10)), { maxLength: 3 }).map((ws) => ws.join(' '));
const cellText = fc.oneof(text, short, short);
const cell: fc.Arbitrary<Cell> = fc.oneof(cellText, fc.record({ text: cellText, tone: fc.constantFrom('good', 'bad', 'muted', 'strong', undefined) }));
const table = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    labels: fc.array(text, { minLength: n, maxLength: n }),
    aligns: fc.array(fc.constantFrom('left' as const, 'right' as const, undefined), { minLength: n, maxLength: n }),
    // Rows with one cell missing now and then (a short row), as some views build them.
    rows: fc.array(fc.array(cell, { minLength: n - 1, maxLength: n }), { maxLength: 7 }),
  }),
);
const width = fc.oneof(fc.integer({ min: 1, max: 140 }), fc.constant(Infinity));
// cli-table3 measures with its own string-width here (not the bundle's): slow on narrow, tall tables.
const drawWidth = fc.oneof(fc.integer({ min: 20, max: 140 }), fc.constant(Infinity));

describe('the faster layout agrees with the one it replaced', () => {
  it('wraps text exactly as before', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 60 }), (t, w) => {
        expect(wrapText(t, w)).toBe(refWrapText(t, w));
        expect(wrapHanging(t, w, '  • ')).toBe(refWrapHanging(t, w, '  • '));
      }),
      { numRuns: 2000 },
    );
  });

  it('fits a table exactly as before', () => {
    fc.assert(
      fc.property(table, width, (t, w) => {
        const rows = t.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text)));
        expect(fitTable(t.labels, rows, w)).toEqual(refFitTable(t.labels, rows, w));
      }),
      { numRuns: 1000 },
    );
  });

  it('draws a table byte for byte as before, plain and in colour', async () => {
    const colour = await terminalStyles(true);
    let compact = 0;
    fc.assert(
      fc.property(table, drawWidth, fc.boolean(), (t, w, coloured) => {
        const doc: Doc = [{ kind: 'table', columns: t.labels.map((label, i) => ({ label, align: t.aligns[i] })), rows: t.rows }];
        const styles = coloured ? colour : PLAIN;
        const drawn = renderTable(doc, styles, w);
        if (!drawn.includes('├')) compact++;
        expect(drawn).toBe(refRenderTables(doc, styles, w));
      }),
      // A fixed seed: the count of compact tables below is a property of the sample, not of the code.
      { numRuns: 150, seed: 15 },
    );
    expect(compact).toBeGreaterThan(20);
  }, 120_000);
});
