// `npm run lint` on a fresh clone: no Nx project graph cached anywhere, yet module boundaries are enforced.
// The lint command runs for real, as a child process, in a throwaway copy of the repository's files (no .nx) with an
// empty Nx workspace-data directory, so nothing computed earlier can make it pass.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = 'libs/ui/src/lint-fixture.ts';
const BOUNDARY_MESSAGE = 'A project tagged with "type:ui" is not allowed to import "@apollo/client"';

/** Copies what a clone would hold (tracked and new, not ignored files, as they are on disk), node_modules linked. */
function freshClone(): string {
  const clone = mkdtempSync(join(tmpdir(), 'pnq-lint-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of new Set(listed.stdout.split('\0'))) {
    if (!file || !existsSync(join(REPO_ROOT, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(clone, file));
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  return clone;
}

/** `npm run lint -- <files>` in the clone, with no Nx data from any earlier run. */
function lint(clone: string, files: string[]) {
  const workspaceData = mkdtempSync(join(clone, 'nx-data-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NX_')));
  const result = spawnSync('npm', ['run', '--silent', 'lint', '--', ...files], {
    cwd: clone,
    env: { ...env, NX_WORKSPACE_DATA_DIRECTORY: workspaceData, NX_CACHE_DIRECTORY: join(workspaceData, 'cache'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run lint on a fresh clone', () => {
  let clone: string;
  beforeAll(() => {
    clone = freshClone();
  });
  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('fails when libs/ui imports Apollo, naming the broken boundary', () => {
    writeFileSync(join(clone, FIXTURE), "import { gql } from '@apollo/client';\nexport const query = gql;\n");

    const { status, output } = lint(clone, [FIXTURE]);

    expect(output).toContain(BOUNDARY_MESSAGE);
    expect(status).not.toBe(0);
  });

  it('passes the same file once the Apollo import is gone', () => {
    writeFileSync(join(clone, FIXTURE), 'export const query = 1;\n');

    const { status, output } = lint(clone, [FIXTURE]);

    expect(output).not.toContain('ProjectGraph');
    expect(status, output).toBe(0);
  });

  it('fails loudly, instead of skipping the boundaries, when Nx cannot compute the project graph', () => {
    const project = join(clone, 'libs/ui/project.json');
    const original = readFileSync(project, 'utf8');
    writeFileSync(project, '{ "name": "ui", ');
    try {
      const { status, output } = lint(clone, [FIXTURE]);

      expect(output).toContain('the Nx project graph could not be computed');
      expect(status).not.toBe(0);
    } finally {
      writeFileSync(project, original);
    }
  });
});
