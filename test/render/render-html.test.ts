import { describe, expect, it } from 'vitest';
import { makeView } from '../../src/i18n/view.js';
import { componentsChart } from '../../src/render/charts/components-chart.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import type { Doc } from '../../src/render/doc.js';

const HOSTILE = '<script>alert(1)</script> & "x" \u001b]52;c;AAAA\u0007 \u202e';

describe('renderHtml', () => {
  it('escapes every text from the data: no tag, attribute or control character gets through, in the document or in a chart', async () => {
    const doc: Doc = [
      { kind: 'heading', level: 1, text: HOSTILE },
      { kind: 'paragraph', text: HOSTILE },
      { kind: 'list', items: [HOSTILE, { text: HOSTILE, tone: 'bad' }] },
      { kind: 'heading', level: 2, text: HOSTILE, sheet: true },
      { kind: 'table', columns: [{ label: HOSTILE }], rows: [[HOSTILE]] },
    ];
    const view = makeView('vi');
    const chart = componentsChart(HOSTILE, ['Tỉnh', 'Trung vị'], [{ name: HOSTILE, max: 10, values: [5, 6] }], 2, view)!;
    const html = await renderHtml(doc, { charts: [chart] }, 'vi');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"x"');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; \\x1b]52;c;AAAA\\x07 \\u202e');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('opens a page-breaking section at each sheet heading, keeps table headers in a thead, and places the charts under the first section', async () => {
    const doc: Doc = [
      { kind: 'heading', level: 1, text: 'T' },
      { kind: 'paragraph', text: 'p' },
      { kind: 'heading', level: 2, text: 'A', sheet: true },
      { kind: 'table', columns: [{ label: '#', align: 'right' }, { label: 'Giải pháp' }], rows: [['1', '']] },
      { kind: 'heading', level: 2, text: 'B', sheet: true },
    ];
    const html = await renderHtml(doc, {}, 'en');
    expect(html.match(/<section class="sheet">/g)).toHaveLength(2);
    expect(html.match(/<\/section>/g)).toHaveLength(2);
    expect(html).toContain('<table class="blank">\n<thead><tr><th scope="col" class="num">#</th><th scope="col">Giải pháp</th></tr></thead>');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('section.sheet { break-before: page; }');
  });

  it('draws the same SVG for the same chart (Vega is deterministic), in Vietnamese with the decimal comma', async () => {
    const view = makeView('vi');
    const chart = componentsChart('C', ['Tỉnh', 'Trung vị'], [{ name: 'Chi phí thời gian', max: 10, values: [6.5, 7.25] }], 2, view)!;
    const [a, b] = [await renderHtml([], { charts: [chart] }, 'vi'), await renderHtml([], { charts: [chart] }, 'vi')];
    expect(a).toBe(b);
    expect(a).toContain('<svg role="img" aria-label="C"');
    expect(a).toContain('<td class="num">7,25</td>');
  });
});
