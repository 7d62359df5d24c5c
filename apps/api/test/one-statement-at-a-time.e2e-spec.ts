import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../src/database/sql/sql-types';
import { sql } from '../src/database/sql/typed-query';
import { createTestDatabase } from './support/test-database';

/** Sleeps a little, then says which statement it was and when PostgreSQL began and ended it. */
const numbered = sql('SELECT $1::int AS n, clock_timestamp()::text AS began, pg_sleep(0.02)::text AS slept, clock_timestamp()::text AS ended', [t.int], {
  n: t.int,
  began: t.text,
  slept: t.text,
  ended: t.text,
});
const failing = sql('SELECT 1 / 0 AS never', [], { never: t.int });

/** pg's warning for a statement sent while another already waits behind a running one (once per process; pg 9 will refuse it). */
const OVERLAP = /already executing a query/;

/**
 * Inside a transaction every typed statement goes on the transaction's one client, one after the other, even when the
 * code asks for several at once (`Promise.all` over its manager): pg 9 will refuse a statement sent on a busy client.
 */
describe('statements on a transaction’s connection', () => {
  let dataSource: DataSource;
  let databaseUrl: string;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);

  beforeAll(async () => {
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'), 'onebyone');
    dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities: [], synchronize: false }).initialize();
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await dataSource?.destroy();
  });

  it('runs the statements asked for at once one after the other, in the order asked, and pg never warns', async () => {
    const rows = await dataSource.transaction((manager) => Promise.all([1, 2, 3, 4, 5, 6].map((n) => numbered.single(manager, [n]))));
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const [earlier, later] of rows.slice(1).map((row, index) => [rows[index], row])) expect(later.began >= earlier.ended).toBe(true);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings.filter((message) => OVERLAP.test(message))).toEqual([]);

    // The watch was armed: the same thing sent straight to a client does warn (pg warns once per process).
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await Promise.all([client.query('SELECT pg_sleep(0.02)'), client.query('SELECT 1'), client.query('SELECT 2')]); // the third finds the second waiting
    } finally {
      await client.end();
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((message) => OVERLAP.test(message))).toHaveLength(1);
  });

  it('a statement that fails does not hold up the next ones asked for at once', async () => {
    const outcomes = await dataSource.transaction(async (manager) => {
      const settled = await Promise.allSettled([numbered.single(manager, [1]), failing.single(manager), numbered.single(manager, [3])]);
      return settled.map((outcome) => outcome.status);
    });
    // The failure aborts the transaction (PostgreSQL refuses what follows in it), but each one answers, in order.
    expect(outcomes).toEqual(['fulfilled', 'rejected', 'rejected']);
  });
});
