// npm run backup:check — proves a backup restores: dumps DATABASE_URL with pg_dump (custom format), restores it
// with pg_restore into a fresh database on the same server, and compares the row count of every table — and, for the
// evidence files kept in the database, their contents: a checksum over every stored piece, and each file's SHA-256
// recomputed from its pieces in the restored copy. Files kept in S3-compatible object storage (PNQ_EVIDENCE_STORAGE=s3)
// are only counted: their contents are in the bucket, outside this backup, and must be backed up with the bucket.
// Exit 0: every count matches; 1: a difference (listed); 2: it could not run (tools, rights, connection).
// Options (environment): PNQ_PG_BIN — folder holding pg_dump/pg_restore (default: PATH); PNQ_BACKUP_FILE — keep the
// dump there (default: a temporary file, removed); PNQ_KEEP_RESTORED=true — keep the restored database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const bin = (tool) => (process.env.PNQ_PG_BIN ? join(process.env.PNQ_PG_BIN, tool) : tool);

class CannotRun extends Error {}

function tool(name, args) {
  const result = spawnSync(bin(name), args, { encoding: 'utf8' });
  if (result.error) throw new CannotRun(`${name} could not be started (${result.error.message}); set PNQ_PG_BIN to the folder holding it.`);
  if (result.status !== 0) throw new CannotRun(`${name} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Exact row counts of every table of the public schema, by name. */
export async function rowCounts(url) {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts = {};
    for (const { tablename } of tables) {
      counts[tablename] = (await client.query(`SELECT count(*)::bigint AS n FROM public."${tablename.replace(/"/g, '""')}"`)).rows[0].n;
    }
    return counts;
  });
}

/**
 * The evidence files' contents (tables of the `evidence` module; absent in an older database: null): how many files and
 * bytes, a checksum over every piece in order, and the files whose pieces no longer give their recorded SHA-256; and how
 * many files (bytes) are kept in S3-compatible object storage, whose contents no database backup holds.
 */
export async function evidenceContents(url) {
  return withClient(url, async (client) => {
    if (!(await client.query(`SELECT to_regclass('public.evidence_file_chunk') IS NOT NULL AS present`)).rows[0].present) return null;
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM evidence_file)::text AS files,
             (SELECT COALESCE(sum(size_bytes), 0) FROM evidence_file)::text AS bytes,
             (SELECT md5(COALESCE(string_agg(md5(bytes), ',' ORDER BY storage_key, n), '')) FROM evidence_file_chunk) AS checksum,
             (SELECT count(*) FROM evidence_file f
               WHERE f.storage = 'POSTGRES'
                 AND f.sha256 IS DISTINCT FROM encode(sha256((SELECT string_agg(c.bytes, ''::bytea ORDER BY c.n) FROM evidence_file_chunk c WHERE c.storage_key = f.storage_key)), 'hex')
             )::text AS damaged,
             (SELECT count(*) FROM evidence_file WHERE storage = 'S3')::text AS "inBucket",
             (SELECT COALESCE(sum(size_bytes), 0) FROM evidence_file WHERE storage = 'S3')::text AS "bytesInBucket"`);
    return rows[0];
  });
}

/** Tables whose counts differ (or that exist on one side only). */
export function differences(source, restored) {
  const names = [...new Set([...Object.keys(source), ...Object.keys(restored)])].sort();
  return names
    .filter((name) => source[name] !== restored[name])
    .map((name) => ({ table: name, source: source[name] ?? 'missing', restored: restored[name] ?? 'missing' }));
}

export async function backupRestoreCheck(sourceUrl, log = (line) => process.stdout.write(`${line}\n`)) {
  const source = new URL(sourceUrl);
  const serverMajor = await withClient(sourceUrl, async (c) =>
    Math.floor(Number((await c.query('SHOW server_version_num')).rows[0].server_version_num) / 10000),
  );
  const clientMajor = Number(/(\d+)/.exec(tool('pg_dump', ['--version']))[1]);
  if (clientMajor < serverMajor) {
    throw new CannotRun(
      `pg_dump ${clientMajor} cannot dump a PostgreSQL ${serverMajor} server; use the client tools of version ${serverMajor} or later (PNQ_PG_BIN).`,
    );
  }

  const folder = mkdtempSync(join(tmpdir(), 'pnq-backup-'));
  const file = process.env.PNQ_BACKUP_FILE ?? join(folder, 'pnq.dump');
  const restoredName = `${source.pathname.slice(1)}_restore_check_${Date.now()}`;
  const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${restoredName}` }).toString();
  try {
    tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, sourceUrl]);
    log(`dumped ${source.pathname.slice(1)} to ${file} (${Math.round(statSync(file).size / 1024)} KB, pg_dump ${clientMajor}, server ${serverMajor})`);
    await withClient(sourceUrl, (c) => c.query(`CREATE DATABASE "${restoredName}"`));
    tool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredUrl}`, file]);
    log(`restored into the fresh database ${restoredName}`);

    const [before, after] = [await rowCounts(sourceUrl), await rowCounts(restoredUrl)];
    const width = Math.max(...Object.keys(before).map((n) => n.length));
    for (const name of Object.keys(before))
      log(`  ${name.padEnd(width)}  ${String(before[name]).padStart(9)}  ${String(after[name] ?? 'missing').padStart(9)}`);
    const found = differences(before, after);
    const [kept, back] = [await evidenceContents(sourceUrl), await evidenceContents(restoredUrl)];
    if (kept && back) {
      log(
        `  evidence files: ${kept.files} files, ${kept.bytes} bytes, contents checksum ${kept.checksum} → ${back.checksum}, damaged after restore ${back.damaged}`,
      );
      if (kept.inBucket !== '0') {
        log(
          `  evidence files in S3-compatible object storage: ${kept.inBucket} files, ${kept.bytesInBucket} bytes — their contents are in the bucket, NOT in this backup: back the bucket up too (docs/runbook.md)`,
        );
      }
      if (kept.checksum !== back.checksum) found.push({ table: 'evidence_file_chunk (contents)', source: kept.checksum, restored: back.checksum });
      if (back.damaged !== '0') found.push({ table: 'evidence_file (SHA-256 of the contents)', source: '0', restored: back.damaged });
    }
    return { tables: Object.keys(before).length, rows: Object.values(before).reduce((sum, n) => sum + Number(n), 0), differences: found };
  } finally {
    if (process.env.PNQ_KEEP_RESTORED !== 'true') {
      await withClient(sourceUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`)).catch(() => undefined);
    }
    if (!process.env.PNQ_BACKUP_FILE) rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('backup-restore-check.mjs')) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('Set DATABASE_URL to the database to check (the embedded one: postgres://pnq:pnq-local@127.0.0.1:54329/pnq while npm start runs).\n');
    process.exit(2);
  }
  backupRestoreCheck(url).then(
    (result) => {
      if (result.differences.length) {
        process.stderr.write(`RESTORE DIFFERS: ${JSON.stringify(result.differences)}\n`);
        process.exit(1);
      }
      process.stdout.write(`OK: ${result.tables} tables, ${result.rows} rows, every count identical after restore, evidence contents identical\n`);
    },
    (error) => {
      process.stderr.write(`backup check could not run: ${error.message}\n`);
      process.exit(2);
    },
  );
}
