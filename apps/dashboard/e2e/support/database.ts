import { Client } from 'pg';

/** Runs one statement on the server's database (to age a link or a token as time would). */
export async function runSql(databaseUrl: string, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
