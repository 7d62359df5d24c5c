// The floor: the benchmark's side-by-side read answered by one hand-written SQL statement through `pg` alone,
// serialised as the same JSON shape. PORT and DATABASE_URL from the environment.
import { createServer } from 'node:http';
import pg from 'pg';
import { PILLAR_ACTIONS_SQL } from './side-by-side.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  try {
    const { rows } = await pool.query(PILLAR_ACTIONS_SQL, [Number(url.searchParams.get('pillar') ?? 1)]);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { actions: rows } }));
  } catch (error) {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: String(error) }));
  }
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
