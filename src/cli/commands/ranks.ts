import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso ranks` (placeholder until its issue lands). */
export function registerRanks(program: Command, _ctx: CliContext): void {
  program
    .command('ranks')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso ranks is not implemented yet');
    });
}
