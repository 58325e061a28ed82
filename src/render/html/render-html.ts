import type { Lang } from '../../i18n/view.js';
import type { Chart, PrintExtras } from '../chart.js';
import { cellText, type Block, type Cell, type Column, type Doc } from '../doc.js';
import { safeDoc } from '../safe-doc.js';
import { terminalText } from '../../model/sanitize.js';
import { chartSvg } from './svg.js';
import { HTML_STYLE } from './style.js';

const LABELS = {
  vi: { charts: 'Biểu đồ', data: 'Số liệu của biểu đồ' },
  en: { charts: 'Charts', data: 'The numbers of the chart' },
};

/** Text as HTML: the five special characters as entities, so that data can never open a tag or an attribute. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Renders a document as one self-contained HTML file: the stylesheet inline, the charts as inline
 * SVG (drawn by Vega in Node), each followed by its numbers as a table, and nothing loaded from
 * anywhere. Every text goes through the terminal sanitiser (control and bidi characters shown
 * escaped) and then HTML escaping. The charts take the place of the document's first text figure
 * (the terminal's ASCII chart, which they supersede), else they come before its first section.
 */
export async function renderHtml(doc: Doc, extras: PrintExtras, lang: Lang): Promise<string> {
  const blocks = safeDoc(doc);
  const charts = await chartsHtml(extras.charts ?? [], lang);
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const body: string[] = [];
  let inSheet = false;
  let placed = charts === '';
  // Under the document's own chart heading they need none; elsewhere they open a section.
  const place = (heading: boolean) => {
    if (!placed) body.push(...(heading ? [`<h2>${LABELS[lang].charts}</h2>`] : []), charts);
    placed = true;
  };
  const hasFigure = blocks.some((b) => b.kind === 'figure');
  for (const block of blocks) {
    if (block.kind === 'figure' && !placed) place(false);
    else if (block.kind === 'figure' && charts !== '') continue;
    if (block.kind === 'heading' && block.level === 2 && !hasFigure) place(true);
    if (block.kind === 'heading' && block.sheet) {
      if (inSheet) body.push('</section>');
      body.push('<section class="sheet">');
      inSheet = true;
    }
    const html = blockHtml(block, charts !== '');
    if (html !== '') body.push(html);
  }
  place(true);
  if (inSheet) body.push('</section>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title?.kind === 'heading' ? htmlText(title.text) : 'chiso'}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block, hasCharts: boolean): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${htmlText(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${htmlText(block.text).replace(/\r\n|[\r\n]/g, '<br>')}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((c) => `<li${toneClass(c)}>${htmlText(cellText(c))}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return tableHtml(block.columns, block.rows);
    case 'figure':
      return hasCharts ? '' : `<pre>${htmlText(block.lines.join('\n'))}</pre>`;
    default:
      return '';
  }
}

/** A table with its header in a thead (repeated on every printed page); a blank form to fill in gets room to write. */
export function tableHtml(columns: Column[], rows: Cell[][]): string {
  const blank = rows.length > 0 && rows.every((r) => r.slice(1).every((c) => cellText(c) === ''));
  const align = (c: Column | undefined) => (c?.align === 'right' ? ' class="num"' : '');
  const head = columns.map((c) => `<th scope="col"${align(c)}>${htmlText(c.label)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cellClass(c, columns[i])}>${htmlText(cellText(c))}</td>`).join('')}</tr>`);
  return [`<table${blank ? ' class="blank"' : ''}>`, `<thead><tr>${head}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function toneClass(cell: Cell): string {
  return typeof cell !== 'string' && cell.tone ? ` class="tone-${cell.tone}"` : '';
}

function cellClass(cell: Cell, column: Column | undefined): string {
  const classes = [column?.align === 'right' ? 'num' : '', typeof cell !== 'string' && cell.tone ? `tone-${cell.tone}` : ''].filter(Boolean);
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

async function chartsHtml(charts: Chart[], lang: Lang): Promise<string> {
  if (charts.length === 0) return '';
  const t = LABELS[lang];
  const safe = (s: string) => htmlText(terminalText(s, { tab: false }));
  const out: string[] = [];
  for (const chart of charts) {
    const svg = await chartSvg(chart.spec, lang);
    out.push(
      '<figure class="chart">',
      `<figcaption><strong>${safe(chart.title)}</strong>. ${safe(chart.caption)}</figcaption>`,
      svg.replace('<svg ', `<svg role="img" aria-label="${safe(chart.title)}" `),
      `<details open><summary>${t.data}</summary>`,
      tableHtml(
        chart.table.columns.map((c) => ({ ...c, label: terminalText(c.label, { tab: false }) })),
        chart.table.rows.map((r) => r.map((c) => terminalText(cellText(c), { tab: false }))),
      ),
      '</details>',
      '</figure>',
    );
  }
  return out.join('\n');
}
