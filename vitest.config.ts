import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const alias = {
  '@pnq/domain': fileURLToPath(new URL('./libs/domain/src/index.ts', import.meta.url)),
  '@pnq/ui': fileURLToPath(new URL('./libs/ui/src/index.ts', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'domain', root: './libs/domain', environment: 'node', include: ['src/**/*.spec.ts'] },
      },
      {
        resolve: { alias },
        test: { name: 'ui', root: './libs/ui', environment: 'jsdom', include: ['src/**/*.spec.tsx'] },
        plugins: [react()],
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: { name: 'dashboard', root: './apps/dashboard', environment: 'jsdom', include: ['src/**/*.spec.{ts,tsx}'] },
      },
      {
        // Repository tooling: runs the real scripts (e.g. npm run lint) as child processes.
        test: { name: 'tools', root: './tools', environment: 'node', include: ['**/*.spec.ts'], testTimeout: 120_000 },
      },
      {
        // Nest loads graphql's CommonJS build; tests must share that one instance.
        resolve: { alias: { ...alias, graphql: require.resolve('graphql') } },
        plugins: [
          swc.vite({
            module: { type: 'es6' },
            jsc: {
              target: 'es2022',
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
            },
          }),
        ],
        test: {
          name: 'api',
          root: './apps/api',
          environment: 'node',
          include: ['src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
          // The machine's PostgreSQL (backup/restore test) is brought first, or the run stops with the command to get it.
          globalSetup: ['../../tools/scripts/system-postgres.setup.mjs', './test/setup/global-database.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
