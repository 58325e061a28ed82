import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso gaps` (placeholder until its issue lands). */
export function registerGaps(program: Command, _ctx: CliContext): void {
  program
    .command('gaps')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso gaps is not implemented yet');
    });
}
