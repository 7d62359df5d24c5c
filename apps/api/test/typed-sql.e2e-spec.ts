import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/database/sql/sql-types';
import { sql, TypedQuery } from '../src/database/sql/typed-query';
import { describeStatement } from './support/describe-statement';
import { startTestApp, TestApp } from './support/test-app';

type Declared = { pgType: string; nullable: boolean; nullExcludedBySql?: true };
type AnyQuery = TypedQuery<readonly Declared[], Record<string, Declared>>;

const SOURCE_ROOT = join(__dirname, '../src');

function queryFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return queryFiles(path);
    return entry.name.endsWith('.queries.ts') ? [path] : [];
  });
}

/** Every typed statement of the API, named "<file>#<export>". */
async function statements(): Promise<[string, AnyQuery][]> {
  const found: [string, AnyQuery][] = [];
  for (const file of queryFiles(SOURCE_ROOT)) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (value instanceof TypedQuery) found.push([`${relative(SOURCE_ROOT, file)}#${name}`, value as AnyQuery]);
    }
  }
  return found;
}

/** What is wrong between a statement's declarations and what PostgreSQL says of it (empty: nothing). */
async function problemsOf(client: Client, query: AnyQuery): Promise<string[]> {
  const described = await describeStatement(client, query.text);
  const oids = [...described.parameterTypes, ...described.columns.map((c) => c.typeId)];
  const { rows: types } = await client.query<{ oid: number; typname: string }>('SELECT oid::int, typname FROM pg_type WHERE oid = ANY($1)', [oids]);
  const nameOf = (oid: number) => (oid === 0 ? 'unknown' : (types.find((type) => type.oid === oid)?.typname ?? `oid ${oid}`));
  const problems: string[] = [];

  const actualParams = described.parameterTypes.map(nameOf);
  const declaredParams = query.params.map((p) => p.pgType);
  if (actualParams.join(',') !== declaredParams.join(','))
    problems.push(`parameters: PostgreSQL reads (${actualParams.join(', ')}), declared (${declaredParams.join(', ')})`);

  const declaredColumns = Object.entries(query.row);
  const actualNames = described.columns.map((c) => c.name);
  for (const name of actualNames.filter((n) => !(n in query.row))) problems.push(`column "${name}" is returned but not declared`);
  for (const [name] of declaredColumns.filter(([n]) => !actualNames.includes(n))) problems.push(`column "${name}" is declared but not returned`);
  if (new Set(actualNames).size !== actualNames.length) problems.push(`two columns share a name: ${actualNames.join(', ')}`);

  for (const column of described.columns) {
    const declared = query.row[column.name];
    if (!declared) continue;
    if (nameOf(column.typeId) !== declared.pgType) problems.push(`column "${column.name}" is ${nameOf(column.typeId)}, declared ${declared.pgType}`);
    if (column.tableId !== 0 && !declared.nullable && !declared.nullExcludedBySql) {
      const { rows } = await client.query<{ notNull: boolean; table: string }>(
        'SELECT attnotnull AS "notNull", attrelid::regclass::text AS table FROM pg_attribute WHERE attrelid = $1 AND attnum = $2',
        [column.tableId, column.columnId],
      );
      if (rows[0] && !rows[0].notNull)
        problems.push(`column "${column.name}" comes from ${rows[0].table}, which allows NULL, but is declared NOT NULL (use .orNull)`);
    }
  }
  problems.push(...ordersByTextCast(query.text));
  return problems;
}

/**
 * `SELECT id::text AS id … ORDER BY id` sorts by the text ("10" < "9"), since ORDER BY names output columns first:
 * a statement that casts a column to text under its own name must order by the qualified column.
 */
function ordersByTextCast(text: string): string[] {
  const castUnderOwnName = [...text.matchAll(/(?<![.\w])(\w+)::text AS "?(\w+)"?/g)]
    .filter(([, column, alias]) => column === alias)
    .map(([, column]) => column);
  const orderBy = [...text.matchAll(/ORDER BY ([^)`]+?)(?:LIMIT|OFFSET|FOR UPDATE|\)|$)/gs)].map(([, terms]) => terms);
  return castUnderOwnName
    .filter((column) => orderBy.some((terms) => new RegExp(`(^|,)\\s*${column}(\\s|,|$)`).test(terms)))
    .map((column) => `ORDER BY ${column} sorts the text cast "${column}::text AS ${column}": qualify it with the table (e.g. t.${column})`);
}

describe('typed SQL statements', async () => {
  const STATEMENTS = await statements();
  let testApp: TestApp;
  let client: Client;
  beforeAll(async () => {
    testApp = await startTestApp({ config: { seedOnBoot: false } }); // migrated, empty
    client = new Client({ connectionString: testApp.databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await testApp.close();
  });

  it('finds the statements of every *.queries.ts file', () => {
    expect(STATEMENTS.length).toBeGreaterThan(80);
  });

  it.each(STATEMENTS)('%s matches the migrated database', async (_name, query) => {
    expect(await problemsOf(client, query)).toEqual([]);
  });

  it.each([
    ['a column that does not exist', sql('SELECT nickname FROM app_user', [], { nickname: t.text }), /column "nickname" does not exist/],
    ['a wrong column type', sql('SELECT id FROM app_user', [], { id: t.text }), /column "id" is int4, declared text/],
    ['a column returned but not declared', sql('SELECT id, email FROM app_user', [], { id: t.int }), /column "email" is returned but not declared/],
    ['a misnamed column', sql('SELECT organisation_id FROM app_user', [], { organisationId: t.int.orNull }), /declared but not returned/],
    [
      'a wrong parameter type',
      sql('SELECT id FROM app_user WHERE email = $1', [t.int], { id: t.int }),
      /parameters: PostgreSQL reads \(text\), declared \(int4\)/,
    ],
    ['an order by the text cast of a number', sql('SELECT id::text AS id FROM app_user ORDER BY id DESC', [], { id: t.text }), /sorts the text cast/],
    ['a nullable column declared NOT NULL', sql('SELECT organisation_id AS "organisationId" FROM app_user', [], { organisationId: t.int }), /allows NULL/],
  ])('refuses %s', async (_what, query, problem) => {
    const outcome = await problemsOf(client, query as unknown as AnyQuery).then(
      (problems) => problems.join('\n'),
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(problem);
  });
});
