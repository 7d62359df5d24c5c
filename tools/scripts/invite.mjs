// npm run invite -- admin@ministere.gov.ma --role ADMIN: build the API, then print a single-use invitation link (no mail).
import { run, serve } from './run.mjs';

await run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
serve(process.execPath, ['dist/apps/api/apps/api/src/invite.js', ...process.argv.slice(2)], { LOG_LEVEL: 'warn', ...process.env });
