// The sextant command line: `npm run -s sextant -- <command> [options]`. Each command lives in
// scripts/commands/ and runs lib/ code unchanged, in Node.
import { checkUrlCommand } from './commands/check-url';
import { demoCommand } from './commands/demo';
import { profileCommand } from './commands/profile';
import { recommendCommand } from './commands/recommend';
import { searchCommand } from './commands/search';
import { validateCommand } from './commands/validate';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  demo: { run: demoCommand, summary: 'demo                                            recommendations for the shipped sample activity' },
  validate: { run: validateCommand, summary: 'validate --activity FILE [--chain ID] [--json]   check an activity file (.json) or explorer export (.csv)' },
  profile: { run: profileCommand, summary: 'profile --activity FILE [--chain ID] [--half-life DAYS] [--json]  what each event was, and the profile it builds' },
  recommend: { run: recommendCommand, summary: 'recommend --activity FILE [--chain ID] [--top N] [--all-chains] [--json]  dApps to try next, with reasons' },
  search: { run: searchCommand, summary: 'search "QUERY" [--top N] [--chain ID] [--json]  find dApps by meaning, on this machine' },
  'check-url': { run: checkUrlCommand, summary: 'check-url URL [--json]                           is this site a known dApp, phishing, a lookalike, or unknown' },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`usage: npm run -s sextant -- <command>\n\ncommands:\n${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join('\n')}`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`sextant: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
