import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * PostgreSQL's client tools (pg_dump, pg_restore) must be at least the server's major version. The embedded
 * server is PostgreSQL 18 and the npm package ships no client tools, so the backup test runs its own server
 * from the machine's PostgreSQL installation (Debian's postgresql package: server and client of one version).
 */
export function systemPostgresBin(): string {
  if (process.env.PNQ_PG_BIN) return process.env.PNQ_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error('No PostgreSQL server installed (apt-get install postgresql, or set PNQ_PG_BIN).');
  return join(root, versions[0], 'bin');
}

export interface SystemPostgres {
  bin: string;
  adminUrl: string;
  stop(): void;
}

/** A throwaway cluster of the machine's PostgreSQL in a temporary folder (run as the postgres user when root). */
export async function startSystemPostgres(): Promise<SystemPostgres> {
  const bin = systemPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'pnq-system-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  if (asRoot) {
    const [uid, gid] = execFileSync('id', ['-u', 'postgres'])
      .toString()
      .trim()
      .split('\n')
      .concat(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, Number(uid), Number(gid));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'pnq', '--auth=trust', '--encoding=UTF8', '--locale=C']);
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'server.log'), '-w', 'start']);
  return {
    bin,
    adminUrl: `postgres://pnq@127.0.0.1:${port}/postgres`,
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
