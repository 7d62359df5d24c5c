// npm run seed: build the API, then apply the seed files to the database (idempotent).
import { run, serve } from './run.mjs';

await run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
serve(process.execPath, ['dist/apps/api/apps/api/src/seed.js']);
