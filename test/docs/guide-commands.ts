/**
 * Reading the shell blocks of a Markdown guide as a reader would type them: fenced `sh` blocks,
 * backslash continuations joined, one command per line. Used by connect-guide.test.ts to follow
 * adapters/CONNECT-YOUR-SYSTEM.md literally.
 */
export interface GuideCommand {
  /** The command line as typed (continuations joined). */
  line: string;
  /** `export NAME=value` lines before it in the same block. */
  env: Record<string, string>;
}

export function shellBlocks(markdown: string): GuideCommand[][] {
  const blocks = [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  return blocks.map((block) => {
    const env: Record<string, string> = {};
    const commands: GuideCommand[] = [];
    for (const line of block.replace(/\\\n\s*/g, '').split('\n').map((l) => l.trim())) {
      if (line === '' || line.startsWith('#')) continue;
      const exported = /^export ([A-Z_]+)=(\S+)$/.exec(line);
      if (exported) env[exported[1]] = exported[2];
      else commands.push({ line, env: { ...env } });
    }
    return commands;
  });
}

/** `NAME=value` assignments leading a command line (`A=1 B=2 npm run x`), and the rest. */
export function leadingAssignments(line: string): { env: Record<string, string>; rest: string } {
  const env: Record<string, string> = {};
  let rest = line;
  for (let m = /^([A-Z_]+)=(\S+)\s+/.exec(rest); m; m = /^([A-Z_]+)=(\S+)\s+/.exec(rest)) {
    env[m[1]] = m[2];
    rest = rest.slice(m[0].length);
  }
  return { env, rest };
}

/** Repository paths a command names (`adapters/…`, `subgraphs/…`, `test/…`), redirects included. */
export function repoPaths(line: string): string[] {
  return [...line.matchAll(/(?:^|[\s<=])((?:adapters|subgraphs|test|schema|gateway)\/[\w./-]*)/g)].map((m) => m[1].replace(/[.,;]$/, ''));
}

/** Words of a command, shell quotes removed (the guide's commands need no more than that). */
export function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
