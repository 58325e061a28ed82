import type { PrintExtras } from '../chart.js';
import { cellText, type Block, type Cell, type Column, type Doc } from '../doc.js';
import { safeDoc } from '../safe-doc.js';
import type * as DocxModule from 'docx';

type Docx = typeof DocxModule;
type Child = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

const COLOURS: Record<string, string> = { good: '1E7B34', bad: 'B03A2E', muted: '666666' };

/**
 * Renders a document as a Word file (the `docx` package, loaded here only): A4, Times New Roman
 * as provincial documents use, the province and data year in the page header, page numbers in the
 * footer, and a new section (so a new page) at each department's sheet. Text goes through the
 * terminal sanitiser first: a control character from the data would make the XML invalid.
 */
export async function renderDocx(doc: Doc, extras: PrintExtras): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Footer, Header, Packer, Paragraph, AlignmentType, PageNumber, TextRun } = docx;
  const sections: Child[][] = [[]];
  for (const block of safeDoc(doc)) {
    if (block.kind === 'heading' && block.sheet && sections[sections.length - 1]!.length > 0) sections.push([]);
    sections[sections.length - 1]!.push(...blockChildren(docx, block));
  }
  const header =
    extras.header === undefined
      ? undefined
      : new Header({ children: [new Paragraph({ children: [new TextRun({ text: extras.header, size: 18, color: '555555' })] })] });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })],
  });
  const first = doc.find((b) => b.kind === 'heading');
  const document = new Document({
    creator: 'chiso',
    title: first?.kind === 'heading' ? first.text : 'chiso',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: sections.map((children) => ({
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
      headers: header ? { default: header } : undefined,
      footers: { default: footer },
      children,
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function blockChildren(docx: Docx, block: Block): Child[] {
  const { Paragraph, HeadingLevel, TextRun } = docx;
  switch (block.kind) {
    case 'heading': {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1];
      return [new Paragraph({ heading, children: [new TextRun(block.text.replace(/\r\n|[\r\n]/g, ' '))] })];
    }
    case 'paragraph':
      return block.text.split(/\r\n|[\r\n]/).map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(line)] }));
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [run(docx, item)] }));
    case 'table':
      return [table(docx, block.columns, block.rows), new Paragraph({ children: [] })];
    case 'figure':
      return block.lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New', size: 16 })] }));
    default:
      return [];
  }
}

function run(docx: Docx, cell: Cell, bold = false): InstanceType<Docx['TextRun']> {
  const tone = typeof cell === 'string' ? undefined : cell.tone;
  return new docx.TextRun({ text: cellText(cell), bold: bold || tone === 'strong', color: tone ? COLOURS[tone] : undefined });
}

/** A table across the page; its header row repeats on every page; a blank form to fill in gets tall rows to write in. */
function table(docx: Docx, columns: Column[], rows: Cell[][]): InstanceType<Docx['Table']> {
  const { Table, TableRow, TableCell, Paragraph, WidthType, AlignmentType, HeightRule, ShadingType } = docx;
  const blank = rows.length > 0 && rows.every((r) => r.slice(1).every((c) => cellText(c) === ''));
  const align = (c: Column | undefined) => (c?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const cell = (c: Cell, col: Column | undefined, head = false) =>
    new TableCell({
      shading: head ? { type: ShadingType.CLEAR, fill: 'EEF1F4', color: 'auto' } : undefined,
      children: [new Paragraph({ alignment: align(col), children: [run(docx, c, head)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.label, c, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            height: blank ? { value: 900, rule: HeightRule.ATLEAST } : undefined,
            children: r.map((c, i) => cell(c, columns[i])),
          }),
      ),
    ],
  });
}
