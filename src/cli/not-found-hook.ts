import type { Hook } from '@oclif/core/hooks';
import { Help } from '@oclif/core/help';
import { suggest } from '../validate/suggest.js';
import { ExitCode } from './exit-codes.js';
import { safeText } from './terminal-text.js';

/** Command ids as a user types them: topics separated by spaces ("evidence verify"). */
function spoken(id: string): string {
  return id.split(':').join(' ');
}

/**
 * What oclif runs when no command matches: `govspec help build` shows that command's help, and a
 * mistyped command gets the nearest real one suggested (usage error, exit 2).
 */
const hook: Hook.CommandNotFound = async function (opts) {
  const typed = spoken(opts.id);
  const ids = opts.config.commandIDs.filter((id) => !opts.config.findCommand(id)?.hidden);
  if (typed === 'help' || typed.startsWith('help ')) {
    const rest = [...typed.split(' ').slice(1), ...(opts.argv ?? [])];
    await new Help(opts.config).showHelp(rest);
    return;
  }
  const near = suggest(typed, ids.map(spoken)) ?? suggest(typed.split(' ')[0] ?? typed, ids.map(spoken));
  const lines = [
    `"${safeText(typed)}" is not a govspec command.${near ? ` Did you mean "${near}"?` : ''}`,
    `Run \`${opts.config.bin} --help\` for the list of commands.`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  this.exit(ExitCode.usage);
};

export default hook;
