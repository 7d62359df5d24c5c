import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** Instances booting together seed one at a time (transaction-scoped advisory lock). */
export const lockSeed = sql(`SELECT pg_advisory_xact_lock(hashtext($1))::text AS locked`, [t.text], { locked: t.text });

export const selectLatestSeedHash = sql(`SELECT seed_hash AS "seedHash" FROM seed_run ORDER BY id DESC LIMIT 1`, [], { seedHash: t.text });

export const insertSeedRun = sql(`INSERT INTO seed_run (seed_hash, summary) VALUES ($1, $2)`, [t.text, t.jsonb<Record<string, number>>()]);
