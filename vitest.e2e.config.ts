import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Browser tests: the real built app, a real PostgreSQL, a real headless Chromium. */
export default defineConfig({
  resolve: { alias: { '@pnq/domain': fileURLToPath(new URL('./libs/domain/src/index.ts', import.meta.url)) } },
  test: {
    name: 'e2e',
    root: './apps/dashboard/e2e',
    include: ['**/*.e2e.ts'],
    // Chromium is brought first (Debian's, as root), or the run stops with the command to get it.
    globalSetup: ['../../../tools/scripts/chromium.setup.mjs', './support/server.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
