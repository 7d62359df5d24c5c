// npm run report -- --year 2025 --format pdf --out report.pdf: build the API, then write the yearly progress report.
import { run, serve } from './run.mjs';

await run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
serve(process.execPath, ['dist/apps/api/apps/api/src/report.js', ...process.argv.slice(2)]);
