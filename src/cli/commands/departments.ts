import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** `chiso departments` (placeholder until its issue lands). */
export function registerDepartments(program: Command, _ctx: CliContext): void {
  program
    .command('departments')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('chiso departments is not implemented yet');
    });
}
