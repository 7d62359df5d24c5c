// npm run lint [-- <ESLint arguments, e.g. paths or --fix>]: compute the Nx project graph, then run ESLint.
//
// @nx/enforce-module-boundaries reads the project graph from Nx's cache and, when there is none (a fresh clone, a CI
// checkout, a cleared .nx), prints a warning and skips itself, so `eslint .` alone passes with every boundary broken.
// Here the graph is computed first, the cache the rule reads is checked, and lint fails loudly when either step fails
// or when ESLint still reports the rule as skipped.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nxEnv } from './run.mjs';

const RULE_SKIPPED = 'No cached ProjectGraph is available';

function fail(message) {
  console.error(`\nLint failed: ${message}`);
  process.exit(1);
}

// Nx reads its environment when it is loaded, so it is set before the import. Without a written graph cache the rule
// would be skipped, whatever the caller's NX_CACHE_PROJECT_GRAPH says.
Object.assign(process.env, nxEnv, { NX_CACHE_PROJECT_GRAPH: 'true' });
const { createProjectGraphAsync, readCachedProjectGraph } = await import('@nx/devkit');
try {
  await createProjectGraphAsync({ exitOnError: false });
  readCachedProjectGraph(); // what the rule reads; throws when the cache is missing
} catch (error) {
  fail(`the Nx project graph could not be computed, so module boundaries cannot be checked.\n${error?.stack ?? error}`);
}

const require = createRequire(import.meta.url);
const eslintPackage = require.resolve('eslint/package.json');
const eslintBin = join(dirname(eslintPackage), require(eslintPackage).bin.eslint);

// ESLint's output is passed through and watched for the rule's "skipped" warning, which it writes to stdout.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const eslint = spawn(process.execPath, [eslintBin, ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'], env });
let tail = '';
let skipped = false;
eslint.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const seen = tail + chunk.toString();
  skipped ||= seen.includes(RULE_SKIPPED);
  tail = seen.slice(-RULE_SKIPPED.length); // a warning split across two chunks is still seen
});
eslint.on('close', (code, signal) => {
  if (skipped) fail('@nx/enforce-module-boundaries found no project graph and skipped itself (see above).');
  process.exit(code ?? (signal ? 1 : 0));
});
