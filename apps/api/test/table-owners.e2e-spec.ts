import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TypedQuery } from '../src/database/sql/typed-query';
import { queryDatabase } from './support/test-database';
import { REPO_ROOT, startTestApp, TestApp } from './support/test-app';

const MODULES_ROOT = join(__dirname, '../src/modules');
const ARCHITECTURE = join(REPO_ROOT, 'docs/architecture.md');

/** One row of docs/architecture.md's "Tables by owner": a module, the tables it owns, the tables it may read as a read model. */
interface Ownership {
  module: string;
  owns: string[];
  reads: string[];
}

/** Reads the table under the heading "## Tables by owner": | `module` | `table`, `table` | `table`, … or — |. */
function documentedOwnership(): Ownership[] {
  const text = readFileSync(ARCHITECTURE, 'utf8');
  const section = text.split(/^## Tables by owner$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = (cell: string) => [...cell.matchAll(/`([a-z_-]+)`/g)].map(([, name]) => name);
  return section
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const [module, owns, reads] = line.split('|').slice(1, 4);
      return { module: names(module)[0], owns: names(owns), reads: names(reads ?? '') };
    });
}

interface Statement {
  module: string;
  name: string;
  text: string;
}

function queryFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return queryFiles(path);
    return entry.name.endsWith('.queries.ts') ? [path] : [];
  });
}

async function moduleStatements(): Promise<Statement[]> {
  const statements: Statement[] = [];
  for (const file of queryFiles(MODULES_ROOT)) {
    const module = relative(MODULES_ROOT, file).split(sep)[0];
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (value instanceof TypedQuery) statements.push({ module, name: `${relative(MODULES_ROOT, file)}#${name}`, text: (value as { text: string }).text });
    }
  }
  return statements;
}

/** The tables a statement names after FROM/JOIN (read) and INSERT INTO/UPDATE/DELETE FROM (written); other words are not tables. */
function tablesOf(text: string, tables: ReadonlySet<string>): { reads: string[]; writes: string[] } {
  const named = (source: string, pattern: RegExp) => [
    ...new Set([...source.matchAll(pattern)].map(([, name]) => name.toLowerCase()).filter((name) => tables.has(name))),
  ];
  const writes = named(text, /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b/gi); // INSERT INTO t (columns): a paren is no function here
  const reads = named(text.replace(/\bDELETE\s+FROM\b/gi, 'DELETE'), /\b(?:FROM|JOIN)\s+([a-z_]+)\b(?!\s*\()/gi);
  return { reads, writes };
}

describe('one owner per table', async () => {
  const statements = await moduleStatements();
  const ownership = documentedOwnership();
  let testApp: TestApp;
  let tables: Set<string>;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { seedOnBoot: false } });
    const rows = await queryDatabase<{ name: string }>(
      testApp.databaseUrl,
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    tables = new Set(rows.map((row) => row.name));
  });
  afterAll(() => testApp.close());

  it('docs/architecture.md names exactly one owner for every table of the migrated database', () => {
    const owners = ownership.flatMap((row) => row.owns.map((table) => [table, row.module] as const));
    const unowned = [...tables].filter((table) => !owners.some(([owned]) => owned === table));
    const twice = owners.filter(([table], index) => owners.findIndex(([other]) => other === table) !== index).map(([table]) => table);
    const unknown = owners.filter(([table]) => !tables.has(table)).map(([table]) => table);
    expect({ unowned, twice, unknown }).toEqual({ unowned: [], twice: [], unknown: [] });
    expect(ownership.length).toBeGreaterThan(10);
  });

  it('lists every module folder, and only those', () => {
    const folders = readdirSync(MODULES_ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(ownership.map((row) => row.module).sort()).toEqual(folders.sort());
  });

  it('no module writes a table it does not own', () => {
    const trespasses = statements.flatMap(({ module, name, text }) => {
      const owned = ownership.find((row) => row.module === module)?.owns ?? [];
      return tablesOf(text, tables)
        .writes.filter((table) => !owned.includes(table))
        .map((table) => `${name} writes ${table}`);
    });
    expect(trespasses).toEqual([]);
  });

  it('no module reads a table it does not own, unless the documentation declares it a read model of that table', () => {
    const trespasses = statements.flatMap(({ module, name, text }) => {
      const row = ownership.find((r) => r.module === module);
      const allowed = [...(row?.owns ?? []), ...(row?.reads ?? [])];
      return tablesOf(text, tables)
        .reads.filter((table) => !allowed.includes(table))
        .map((table) => `${name} reads ${table}`);
    });
    expect(trespasses).toEqual([]);
  });

  it('each owner has statements for each of its tables (the documentation does not go stale)', () => {
    const untouched = ownership.flatMap(({ module, owns }) => {
      const touched = new Set(statements.filter((s) => s.module === module).flatMap((s) => Object.values(tablesOf(s.text, tables)).flat()));
      return owns.filter((table) => !touched.has(table)).map((table) => `${module} owns ${table} but no statement of it names the table`);
    });
    expect(untouched).toEqual([]);
  });

  it.each([
    ['an UPDATE', 'UPDATE app_user SET name = $1', { reads: [], writes: ['app_user'] }],
    [
      'an UPDATE … FROM another table',
      'UPDATE user_session s SET x = 1 FROM app_user u WHERE u.id = s.user_id',
      { reads: ['app_user'], writes: ['user_session'] },
    ],
    [
      'an upsert, whose DO UPDATE names no table',
      'INSERT INTO organisation (key) VALUES ($1) ON CONFLICT (key) DO UPDATE SET name = $2',
      { reads: [], writes: ['organisation'] },
    ],
    ['an INSERT … SELECT from another table', 'INSERT INTO app_user (email) SELECT key FROM organisation', { reads: ['organisation'], writes: ['app_user'] }],
    [
      'a read through a subquery and a join',
      'SELECT (SELECT count(*) FROM pillar) FROM action a JOIN project p ON p.id = a.project_id',
      { reads: ['pillar', 'action', 'project'], writes: [] },
    ],
    [
      'a DELETE, which reads nothing but what it deletes from',
      'DELETE FROM indicator i WHERE NOT EXISTS (SELECT 1 FROM action a)',
      { reads: ['action'], writes: ['indicator'] },
    ],
    ['functions named after FROM', 'SELECT * FROM unnest($1::int[]) AS ids(id), extract(epoch FROM (now()))', { reads: [], writes: [] }],
  ])('reads the tables of %s', (_what, text, expected) => {
    const found = tablesOf(text, new Set(['app_user', 'user_session', 'organisation', 'pillar', 'action', 'project', 'indicator']));
    expect({ reads: found.reads.sort(), writes: found.writes.sort() }).toEqual({ reads: expected.reads.sort(), writes: expected.writes.sort() });
  });
});
