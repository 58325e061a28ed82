import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso changes` (placeholder until its issue lands). */
export function registerChanges(program: Command, _ctx: CliContext): void {
  program
    .command('changes')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso changes is not implemented yet');
    });
}
