import { queryDatabase } from './test-database';

/** How many rows every table of the database holds (migrations' own table aside): a refused request must change none. */
export async function rowCountsOfEveryTable(databaseUrl: string): Promise<Record<string, number>> {
  const tables = await queryDatabase<{ name: string }>(
    databaseUrl,
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const [counts] = await queryDatabase<Record<string, number>>(
    databaseUrl,
    `SELECT ${tables.map(({ name }) => `(SELECT count(*)::int FROM "${name}") AS "${name}"`).join(', ')}`,
  );
  return counts;
}
