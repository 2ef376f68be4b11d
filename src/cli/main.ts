/**
 * `ogp-plan-widgets <command>`: the tools of the plan team.
 * Each command returns its exit code; none calls process.exit, so the
 * output is flushed and the commands can be tested in-process.
 */
import { buildFeedCommand } from './build-feed.js';
import { exportCsvCommand } from './export-csv.js';
import { templatesCommand } from './templates.js';
import { validateCommand } from './validate.js';

export interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  validate: validateCommand,
  'build-feed': buildFeedCommand,
  'export-csv': exportCsvCommand,
  templates: templatesCommand,
};

function usage(): string {
  return [
    'Uso: ogp-plan-widgets <comando>',
    '',
    ...Object.values(commands).map((command) => `  ${command.usage}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Comando desconocido: ${name}\n\n${usage()}`);
    return 2;
  }
  return command.run(args);
}
