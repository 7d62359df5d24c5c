import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Creates a fresh, empty database on the test server and returns its URL. */
export async function createTestDatabase(adminUrl: string, label = 'pnq'): Promise<string> {
  const name = `${label}_${randomBytes(5).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one query on a database, outside the application (to check what it wrote). */
export async function queryDatabase<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
