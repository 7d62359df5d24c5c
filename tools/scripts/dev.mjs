// npm run dev: the API recompiled and restarted on change, the dashboard served by Vite (proxying /graphql).
import { nxEnv, run } from './run.mjs';

const API = 'apps/api/tsconfig.app.json';
await run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
await run(
  'npx',
  [
    'concurrently',
    '--kill-others',
    '--names',
    'tsc,alias,api,web',
    `tsc -w --preserveWatchOutput -p ${API}`,
    `tsc-alias -w -p ${API}`,
    'node --watch --watch-preserve-output dist/apps/api/apps/api/src/main.js',
    'vite --config apps/dashboard/vite.config.ts',
  ],
  nxEnv,
);
