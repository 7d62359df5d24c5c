import type { Pool } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ParamsOf, RowOf, RowShape, SqlType } from './sql-types';

/**
 * Where a statement runs: the data source (a pooled connection for this statement), or a transaction's
 * manager — inside a transaction, always pass its manager, so reads see its writes and no second
 * pooled connection is taken while it holds locks.
 */
export type SqlExecutor = DataSource | EntityManager;

/** The parameter values, or nothing at all for a statement without parameters. */
type ArgsOf<P extends readonly SqlType<unknown>[]> = P extends readonly [] ? [] : [values: ParamsOf<P>];

/** node-postgres' answer, as TypeORM's query runner gives it with `useStructuredResult`. */
interface StructuredResult {
  records: unknown[];
  affected?: number;
}

/**
 * Per transaction (its query runner, one pooled client): the last statement sent, settled or not. A client runs one
 * statement at a time; node-postgres queues a second one sent meanwhile, warns that this is deprecated, and pg 9 will
 * refuse it. Code that reads in parallel inside a transaction (`Promise.all` over a manager) is therefore made to wait
 * here, each statement after the one before, in the order they were asked for.
 */
const lastStatementOf = new WeakMap<QueryRunner, Promise<unknown>>();

function oneAfterAnother<T>(runner: QueryRunner, statement: () => Promise<T>): Promise<T> {
  const previous = lastStatementOf.get(runner);
  const next = previous ? previous.then(statement, statement) : statement();
  lastStatementOf.set(runner, next);
  return next;
}

/**
 * One hand-written SQL statement with its declared parameter and result types. The declarations are
 * checked against the migrated database by `typed-sql.e2e-spec.ts` (PostgreSQL describes every statement:
 * parameter types, column names and types), so a renamed column or a wrong type fails a test, and callers
 * get typed rows instead of `any`.
 */
export class TypedQuery<P extends readonly SqlType<unknown>[], R extends RowShape> {
  constructor(
    readonly text: string,
    readonly params: P,
    readonly row: R,
  ) {}

  /** Every row. */
  async all(db: SqlExecutor, ...values: ArgsOf<P>): Promise<RowOf<R>[]> {
    return (await this.execute(db, values[0])).records as RowOf<R>[];
  }

  /** The first row, or undefined. */
  async one(db: SqlExecutor, ...values: ArgsOf<P>): Promise<RowOf<R> | undefined> {
    return (await this.execute(db, values[0])).records[0] as RowOf<R> | undefined;
  }

  /** The only row, which must exist (aggregates, INSERT … RETURNING of one row). */
  async single(db: SqlExecutor, ...values: ArgsOf<P>): Promise<RowOf<R>> {
    const { records } = await this.execute(db, values[0]);
    if (records.length !== 1) throw new Error(`Expected one row, got ${records.length}: ${this.text.slice(0, 80)}`);
    return records[0] as RowOf<R>;
  }

  /** Runs the statement; returns how many rows it wrote or returned. */
  async run(db: SqlExecutor, ...values: ArgsOf<P>): Promise<number> {
    const result = await this.execute(db, values[0]);
    return result.affected ?? result.records.length;
  }

  private async execute(db: SqlExecutor, values: readonly unknown[] | undefined): Promise<StructuredResult> {
    const encoded = this.params.map((type, index) => {
      const value = values?.[index];
      return type.encode && value !== null && value !== undefined ? type.encode(value) : value;
    });
    const manager = db instanceof DataSource ? db.manager : db;
    const runner: QueryRunner | undefined = manager.queryRunner;
    if (runner) return (await oneAfterAnother(runner, () => runner.query(this.text, encoded, true))) as StructuredResult;
    // Outside a transaction: straight to node-postgres' pool (one checkout per statement, as TypeORM's runner does,
    // without its per-statement runner object, logger and subscriber broadcast).
    const pool = (manager.connection.driver as PostgresDriver).master as Pool;
    const result = await pool.query(this.text, encoded);
    return { records: result.rows, affected: result.rowCount ?? undefined };
  }
}

/** Declares a statement: its SQL ($1, $2 … in the order of `params`), parameter types and result columns. */
export function sql<const P extends readonly SqlType<unknown>[], R extends RowShape = Record<never, never>>(
  text: string,
  params: P,
  row: R = {} as R,
): TypedQuery<P, R> {
  return new TypedQuery(text, params, row);
}
