// npm run public:export -- --out site/: build the API, then copy every published public snapshot to a folder for a static host or CDN.
import { resolve } from 'node:path';
import { run, serve } from './run.mjs';

// npm runs scripts from the repository root: a relative --out is taken from where the command was typed.
const args = process.argv.slice(2);
const out = args.indexOf('--out');
if (out >= 0 && args[out + 1]) args[out + 1] = resolve(process.env.INIT_CWD ?? process.cwd(), args[out + 1]);

await run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
serve(process.execPath, ['dist/apps/api/apps/api/src/public-export.js', ...args], { LOG_LEVEL: 'warn', ...process.env });
