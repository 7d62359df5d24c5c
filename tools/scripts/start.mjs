// npm start: build what is needed (Nx caches what did not change), then serve API + dashboard on one port.
import { run, serve } from './run.mjs';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';

try {
  const mode = process.env.NODE_ENV ?? 'development';
  console.log(`Building the API and the dashboard… (mode: ${mode}${process.env.NODE_ENV ? '' : ', NODE_ENV unset'}; the server says what it turns on)`);
  await run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,dashboard', '--output-style=stream']);
} catch (error) {
  console.error(`\nThe build failed: ${error.message}`);
  process.exit(1);
}
serve(process.execPath, [API_MAIN]);
