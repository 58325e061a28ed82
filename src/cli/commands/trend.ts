import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso trend` (placeholder until its issue lands). */
export function registerTrend(program: Command, _ctx: CliContext): void {
  program
    .command('trend')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso trend is not implemented yet');
    });
}
