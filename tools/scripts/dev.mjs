// npm run dev: the API recompiled and restarted on change, the dashboard served by Vite (proxying the API's routes).
import { createServer } from 'node:net';
import { nxEnv, run } from './run.mjs';

/** PORT as set, else 3000 or the next free port (another PNQ Tracker may run): the API and Vite's proxy must agree on it. */
async function apiPort() {
  if (process.env.PORT) return Number(process.env.PORT);
  const free = (port) =>
    new Promise((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
  for (let port = 3000; port < 3020; port++) if (await free(port)) return port;
  throw new Error('No free port between 3000 and 3019: set PORT.');
}

const API = 'apps/api/tsconfig.app.json';
const port = await apiPort();
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
  { ...nxEnv, PORT: String(port), PNQ_API_URL: `http://localhost:${port}` },
);
