import { changesCommand } from './changes/command.js';
import { datasetsCommand } from './datasets/command.js';
import { departmentsCommand } from './departments/command.js';
import { diffCommand } from './diff/command.js';
import { gapsCommand } from './gaps/command.js';
import { importCommand } from './import/command.js';
import { proposalsCommand } from './proposals/command.js';
import { ranksCommand } from './ranks/command.js';
import { reportCommand } from './report/command.js';
import { simulateCommand } from './simulate/command.js';
import { targetCommand } from './target/command.js';
import { targetsCommand } from './targets/command.js';
import type { CommandDef } from './shared/command-def.js';
import { trendCommand } from './trend/command.js';
import { validateCommand } from './validate/command.js';
import { weakestCommand } from './weakest/command.js';

/** Every command, in the order `chiso --help` lists them; the first is the default command. */
export const COMMANDS: readonly CommandDef<never>[] = [
  reportCommand,
  proposalsCommand,
  ranksCommand,
  changesCommand,
  trendCommand,
  gapsCommand,
  weakestCommand,
  simulateCommand,
  targetCommand,
  targetsCommand,
  departmentsCommand,
  datasetsCommand,
  validateCommand,
  diffCommand,
  importCommand,
];
