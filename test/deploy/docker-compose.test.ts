/**
 * docker-compose.yml must run the same processes as `npm start`: one service per subgraph on
 * its fixed port, the gateway pointed at each by host name, and the servers later work uses.
 * There is no Docker engine here, but the compose CLI validates the file without one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { subgraphUrlVariable } from '../../gateway/src/config.js';
import { GATEWAY_PORT, SUBGRAPH_NAMES, SUBGRAPH_PORTS } from '../../subgraphs/registry.js';
import { skipUnlessAvailable } from '../support/availability.js';

const composeFile = fileURLToPath(new URL('../../docker-compose.yml', import.meta.url));

/** `docker compose` (the plugin) if present, else Debian's `docker-compose`. */
function composeCommand(): string[] | null {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose'];
  return null;
}

const command = composeCommand();
const skip = skipUnlessAvailable('The docker compose CLI', {
  available: command !== null,
  howToGet: 'install the compose plugin, or `apt-get install docker-compose`',
});

describe.skipIf(skip)('docker-compose.yml', () => {
  it('is valid for the compose CLI', () => {
    const [bin, ...args] = command!;
    const out = execFileSync(bin, [...args, '-f', composeFile, 'config', '--quiet'], { encoding: 'utf8' });
    expect(out.trim()).toBe('');
  });
});

describe('docker-compose.yml services', () => {
  const services = parse(readFileSync(composeFile, 'utf8'), { merge: true }).services as Record<
    string,
    { command?: string[]; ports?: string[]; environment?: Record<string, string> }
  >;

  it('runs each subgraph on its fixed port', () => {
    for (const name of SUBGRAPH_NAMES) {
      const service = services[name];
      expect(service, `service ${name}`).toBeDefined();
      expect(service.command).toEqual(['node', '--import', 'tsx', 'subgraphs/main.ts', name]);
      expect(service.environment?.PORT).toBe(String(SUBGRAPH_PORTS[name]));
      expect(service.ports).toContain(`${SUBGRAPH_PORTS[name]}:${SUBGRAPH_PORTS[name]}`);
    }
  });

  it('points the gateway at every subgraph by host name', () => {
    const gateway = services.gateway;
    expect(gateway.ports).toContain(`${GATEWAY_PORT}:${GATEWAY_PORT}`);
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.environment?.[subgraphUrlVariable(name)]).toBe(`http://${name}:${SUBGRAPH_PORTS[name]}/graphql`);
    }
  });

  it('includes the servers later work connects to', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['redis', 'postgres', 'mariadb']));
  });
});
