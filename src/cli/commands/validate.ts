import type { Command } from 'commander';
import { EXIT } from '../../errors.js';
import { makeView } from '../../i18n/view.js';
import { terminalText } from '../../render/sanitize.js';
import { formatOption, type CliContext, type Format } from '../context.js';

/** `chiso validate`: checks a data folder; exit 3 when it has errors. */
export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check every file of the data folder and list all problems (exit 3 on any error)')
    .addOption(formatOption(['text', 'json', 'github', 'csv', 'md'], 'text'))
    .option('--strict', 'treat warnings (such as provinces missing from a year) as errors')
    .option('--departments <file>', 'department mapping to check instead of data/departments.csv')
    .action(async (opts: { format: string; strict?: boolean; departments?: string }, cmd: Command) => {
      const { runValidate } = await import('../../commands/validate.js');
      const views = await import('../../render/views/validate.js');
      const result = runValidate({ dataDir: ctx.dataDir(cmd), strict: opts.strict ?? false, departments: opts.departments });
      const view = makeView(ctx.globals(cmd).lang, true);
      if (opts.format === 'text') ctx.io.stdout(terminalText(views.validateText(result, view)));
      else if (opts.format === 'github') ctx.io.stdout(terminalText(views.validateGithub(result, view)));
      else await ctx.emit({ result, doc: (v) => views.validateDoc(result, v) }, opts.format as Format, cmd);
      if (!result.ok) ctx.exitCode = EXIT.invalid;
    });
}
