import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso weakest` (placeholder until its issue lands). */
export function registerWeakest(program: Command, _ctx: CliContext): void {
  program
    .command('weakest')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso weakest is not implemented yet');
    });
}
