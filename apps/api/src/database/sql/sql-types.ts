/**
 * The PostgreSQL types a typed statement declares for its parameters and result columns. Each carries the
 * PostgreSQL type name (checked against the real database by `typed-sql.e2e-spec.ts`) and, only as a type,
 * the TypeScript value node-postgres gives for it with this API's settings.
 */
export interface SqlType<T> {
  /** The type's name in pg_type (e.g. int4, _text for text[]). */
  readonly pgType: string;
  readonly nullable: boolean;
  /** Set on `notNullByStatement` columns: their table column allows NULL, the statement excludes it (WHERE or JOIN). */
  readonly nullExcludedBySql?: true;
  /** Turns a parameter value into what node-postgres sends (JSON is sent as text). A method: checked bivariantly. */
  encode?(value: T): unknown;
  /** Phantom: never set, carries T for inference. */
  readonly __value?: T;
}

export interface NullableSqlType<T> extends SqlType<T | null> {
  readonly nullable: true;
}

/** A non-null type, with `.orNull` for the nullable variant and `.of<U>()` to narrow the TypeScript value (enums stored as text). */
export interface ColumnType<T> extends SqlType<T> {
  readonly nullable: false;
  readonly orNull: NullableSqlType<T>;
  /** Non-null although its table column allows NULL, because the statement's WHERE or JOIN excludes NULL (say which in the SQL). */
  readonly notNullByStatement: SqlType<T>;
  of<U extends T>(): ColumnType<U>;
}

function columnType<T>(pgType: string, encode?: (value: T) => unknown): ColumnType<T> {
  const nullableEncode = encode ? (value: T | null) => (value === null ? null : encode(value)) : undefined;
  return {
    pgType,
    nullable: false,
    encode,
    orNull: { pgType, nullable: true, encode: nullableEncode },
    notNullByStatement: { pgType, nullable: false, nullExcludedBySql: true, encode },
    of: <U extends T>() => columnType<U>(pgType, encode as ((value: U) => unknown) | undefined),
  };
}

export const t = {
  int: columnType<number>('int4'),
  smallint: columnType<number>('int2'),
  /** int8 comes back as a string from node-postgres (it may exceed 2^53); cast to int when it cannot. */
  bigint: columnType<string>('int8'),
  /** numeric comes back as a string (exact); cast to float8 where a JavaScript number is wanted. */
  numeric: columnType<string>('numeric'),
  float: columnType<number>('float8'),
  text: columnType<string>('text'),
  bool: columnType<boolean>('bool'),
  /** A date parameter ('YYYY-MM-DD'). As a result column, select `date::text` and declare `t.text`. */
  date: columnType<string>('date'),
  timestamptz: columnType<Date>('timestamptz'),
  /** Binary content (a generated file): a Buffer both ways. */
  bytea: columnType<Buffer>('bytea'),
  /** JSON documents: sent as text, read as parsed JSON (the declared shape is what this API wrote there). */
  jsonb: <T = unknown>() => columnType<T>('jsonb', (value) => JSON.stringify(value)),
  intArray: columnType<number[]>('_int4'),
  /** An int[] parameter whose elements may be NULL (unnest of optional ids). */
  intOrNullArray: columnType<(number | null)[]>('_int4'),
  bigintArray: columnType<string[]>('_int8'),
  textArray: columnType<string[]>('_text'),
} as const;

export type ValueOf<S> = S extends SqlType<infer T> ? T : never;

/** The declared result columns of a statement: column name (as returned, aliases included) → type. */
export type RowShape = Record<string, SqlType<unknown>>;

export type RowOf<R extends RowShape> = { [K in keyof R]: ValueOf<R[K]> };

export type ParamsOf<P extends readonly SqlType<unknown>[]> = { [I in keyof P]: ValueOf<P[I]> };
