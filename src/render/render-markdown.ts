import { cellText, type Cell, type Doc } from './doc.js';

/** Renders a document as GitHub-flavoured Markdown, ready to paste into a plan. */
export function renderMarkdown(doc: Doc): string {
  const out: string[] = [];
  for (const block of doc) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${block.text}`);
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${md(item)}`).join('\n'));
        break;
      case 'figure':
        out.push(['```text', ...block.lines, '```'].join('\n'));
        break;
      case 'table': {
        const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
        out.push([
          line(block.columns.map((c) => escape(c.label))),
          line(block.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
          ...block.rows.map((row) => line(row.map(md))),
        ].join('\n'));
        break;
      }
    }
  }
  return out.join('\n\n') + '\n';
}

function md(cell: Cell): string {
  const text = escape(cellText(cell));
  return typeof cell !== 'string' && cell.tone === 'strong' && text !== '' ? `**${text}**` : text;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
