import { cellText, type Cell, type Doc } from './doc.js';
import { markdownText, terminalText } from '../model/sanitize.js';

/**
 * Renders a document as GitHub-flavoured Markdown, ready to paste into a plan. Text from the data
 * cannot inject HTML, start a heading or a row with a newline, or break a table with a pipe.
 */
export function renderMarkdown(doc: Doc): string {
  const out: string[] = [];
  for (const block of doc) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`);
        break;
      case 'paragraph':
        out.push(markdownText(block.text));
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${md(item)}`).join('\n'));
        break;
      case 'figure':
        // Inside a fence Markdown shows text as written; only control characters are escaped, and no line may close the fence.
        out.push(['```text', ...block.lines.map((l) => terminalText(l.replace(/[\r\n]/g, ' '), { tab: false }).replace(/^```/, '\\```')), '```'].join('\n'));
        break;
      case 'table': {
        const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
        out.push(
          [
            line(block.columns.map((c) => markdownText(c.label, { cell: true }))),
            line(block.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
            ...block.rows.map((row) => line(row.map(md))),
          ].join('\n'),
        );
        break;
      }
    }
  }
  return out.join('\n\n') + '\n';
}

// List items escape `|` too, as they always have.
function md(cell: Cell): string {
  const text = markdownText(cellText(cell), { cell: true });
  return typeof cell !== 'string' && cell.tone === 'strong' && text !== '' ? `**${text}**` : text;
}
