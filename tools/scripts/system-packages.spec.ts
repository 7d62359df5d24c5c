// The test commands bring what they need from the operating system, or stop at once with the command to run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureChromium, ensureSystemPostgres, MissingSystemPackage, systemPostgresBin } from './system-packages.mjs';

describe('what the test commands need from the operating system', () => {
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'pnq-system-'));
    folders.push(made);
    return made;
  };
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
  const withoutPgBin = <T>(work: () => T): T => {
    const saved = process.env.PNQ_PG_BIN;
    delete process.env.PNQ_PG_BIN;
    try {
      return work();
    } finally {
      if (saved !== undefined) process.env.PNQ_PG_BIN = saved;
    }
  };

  it('finds the newest PostgreSQL installation that has both the server and pg_dump', () => {
    const root = folder();
    for (const [version, tools] of [
      ['13', ['pg_ctl', 'pg_dump']],
      ['16', ['pg_ctl', 'pg_dump']],
      ['17', ['pg_dump']], // client only: not a server to run
    ] as const) {
      mkdirSync(join(root, version, 'bin'), { recursive: true });
      for (const tool of tools) writeFileSync(join(root, version, 'bin', tool), '');
    }
    expect(withoutPgBin(() => systemPostgresBin(root))).toBe(join(root, '16', 'bin'));
  });

  it('stops at once with the one command to run when PostgreSQL is missing and cannot be installed here', () => {
    const empty = folder();
    const attempt = () => withoutPgBin(() => ensureSystemPostgres({ root: empty, install: false }));
    expect(attempt).toThrow(MissingSystemPackage);
    expect(attempt).toThrow(/sudo apt-get install -y postgresql/);
  });

  it('stops at once with the one command to run when Chromium is missing and cannot be installed here', () => {
    const attempt = () => ensureChromium(join(folder(), 'chromium'), { install: false });
    expect(attempt).toThrow(MissingSystemPackage);
    expect(attempt).toThrow(/sudo apt-get install -y chromium/);
  });

  it('answers the browser found when there is one', () => {
    const path = join(folder(), 'chromium');
    writeFileSync(path, '');
    expect(ensureChromium(path, { install: false })).toBe(path);
  });
});
