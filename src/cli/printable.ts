import type { Output } from '../commands/shared/command-def.js';
import { makeView, type Lang } from '../i18n/view.js';
import { UsageError } from '../model/errors.js';
import { say } from '../model/text.js';

/**
 * A command's document as HTML or Word, drawn from the same result as every other format, with a
 * view for paper (forms laid out to fill in) and the command's charts and page header. The
 * renderers and their libraries (Vega, docx) are loaded only here.
 */
export async function renderPrintable(format: string, output: Output, lang: Lang): Promise<string | Uint8Array> {
  const view = { ...makeView(lang), print: true };
  const [doc, extras] = await Promise.all([output.doc(view), output.print?.(view) ?? {}]);
  if (format === 'html') return (await import('../render/html/render-html.js')).renderHtml(doc, extras, lang);
  return (await import('../render/docx/render-docx.js')).renderDocx(doc, extras);
}

/**
 * `--split DIR`: one file per part (a department's sheet), named from the part, in the format
 * asked for, written all or nothing. The folder is checked before anything is rendered. Returns
 * the number of files written.
 */
export async function writeParts(output: Output, format: string, lang: Lang): Promise<number> {
  const split = output.split!;
  if (!(SPLIT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      say(`--split cần --format ${SPLIT_FORMATS.join(', ')}, không phải ${format}`, `--split needs --format ${SPLIT_FORMATS.join(', ')}, not ${format}`),
    );
  const { checkSplitDir, fileNames, writeSplit } = await import('./write-split.js');
  checkSplitDir(split.dir);
  const view = { ...makeView(lang), print: format !== 'md' };
  const parts = await split.parts(view);
  if (parts.length === 0) throw new UsageError(say('--split: không có phiếu nào để ghi', '--split: there is no sheet to write'));
  const names = fileNames(
    parts.map((p) => p.name),
    format,
  );
  const contents = await Promise.all(
    parts.map(async (p) =>
      format === 'md'
        ? (await import('../render/render-markdown.js')).renderMarkdown(p.doc)
        : renderPrintable(format, { ...output, doc: async () => p.doc }, lang),
    ),
  );
  writeSplit(
    split.dir,
    names.map((name, i) => ({ name, contents: contents[i]! })),
  );
  return parts.length;
}

/** The formats `--split` writes. */
export const SPLIT_FORMATS = ['docx', 'html', 'md'] as const;
