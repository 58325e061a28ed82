import type { Command } from 'commander';
import type { CommonFlags, Output } from '../commands/shared/command-def.js';
import { makeView, type Lang } from '../i18n/view.js';
import { roundTables } from '../render/data-table.js';

/**
 * A command's data tables as CSV or xlsx, numbers rounded to what the data supports; xlsx adds a
 * sheet with the output's notes and the command line that made it.
 */
export async function renderDataTables(output: Output, flags: CommonFlags, lang: Lang, cmd: Command): Promise<string | Uint8Array> {
  const tables = roundTables(await output.tables!(makeView(lang, true)), output.decimals?.());
  const headers = flags.headers ?? 'codes';
  if (flags.format === 'csv')
    return (await import('../render/render-data-csv.js')).renderDataCsv(tables, { headers, excel: flags.excel === true, table: flags.table });
  const notes = (await output.doc(makeView(lang))).flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));
  const commandLine = ['chiso', ...((cmd.parent as { rawArgs?: string[] } | null)?.rawArgs ?? [])]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`))
    .join(' ');
  return (await import('../render/render-xlsx.js')).renderXlsx(tables, { headers, notes, commandLine, lang });
}
