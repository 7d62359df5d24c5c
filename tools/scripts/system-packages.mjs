// What the test commands need from the operating system, brought by the test commands themselves: the machine's
// PostgreSQL (server and pg_dump/pg_restore, for the backup/restore test) and Chromium (the browser tests). When one is
// missing: as root with Debian's apt-get, it is installed (as .ci/run does); otherwise the run stops at once with the
// one command to type — never a failure deep inside a test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export class MissingSystemPackage extends Error {}

const canInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(packageName, why) {
  process.stdout.write(`\n[test setup] ${why}: installing the Debian package "${packageName}" (apt-get, once for this machine)…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', packageName],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) {
      throw new MissingSystemPackage(`${why}, and "apt-get ${args.join(' ')}" failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
  }
}

/** The newest installed PostgreSQL's bin folder (server and client tools of one version), or PNQ_PG_BIN. */
export function systemPostgresBin(root = '/usr/lib/postgresql') {
  if (process.env.PNQ_PG_BIN) return process.env.PNQ_PG_BIN;
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')) && existsSync(join(root, v, 'bin', 'pg_dump')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/**
 * Makes sure PostgreSQL's server and client tools are there (installs them, or stops with the command to run).
 * `root` and `install` are for the tests of this file.
 */
export function ensureSystemPostgres({ root = '/usr/lib/postgresql', install = canInstall() } = {}) {
  if (systemPostgresBin(root)) return;
  const why = 'The backup/restore test needs PostgreSQL’s own server and pg_dump/pg_restore (the npm package has no client tools)';
  if (install) aptInstall('postgresql', why);
  if (!systemPostgresBin(root)) {
    throw new MissingSystemPackage(
      `${why}. Run this once, then npm test again:\n\n    sudo apt-get install -y postgresql\n\n(or set PNQ_PG_BIN to the bin/ folder of a PostgreSQL installation).`,
    );
  }
}

/** Makes sure Chromium is there for the browser tests (installs Debian's, or stops with the command to run). */
export function ensureChromium(path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', { install = !process.env.CHROMIUM_PATH && canInstall() } = {}) {
  if (existsSync(path)) return path;
  const why = `The browser tests drive Chromium, and there is none at ${path}`;
  if (install) aptInstall('chromium', why);
  if (!existsSync(path)) {
    throw new MissingSystemPackage(
      `${why}. Run this once, then npm run test:e2e again:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome executable).`,
    );
  }
  return path;
}
