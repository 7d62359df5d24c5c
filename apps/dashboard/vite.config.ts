import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiTarget = process.env.PNQ_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@pnq/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      '@pnq/ui': fileURLToPath(new URL('../../libs/ui/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
      '/reports/annual': apiTarget,
      '/reports/editions': apiTarget,
      '/jobs': apiTarget,
      '/exports': apiTarget,
      '/imports': apiTarget,
      '/evidence': apiTarget,
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
});
