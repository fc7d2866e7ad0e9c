/**
 * `npm run test:unit` sets KILDESVAR_UNIT=1: the fast tests only, without the global ingest that
 * builds .index first — no integration tests (*.int.test.ts), no eval gate over the real index,
 * no browser end-to-end test.
 *
 * @module
 */
import { defineConfig } from 'vitest/config';

const unitOnly = process.env.KILDESVAR_UNIT === '1';

// One runner for the whole repository: node-side tests (core, ingest, api, eval, web e2e)
// and the web component tests under jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['{core,ingest,api,eval,bench,db}/src/**/*.test.ts', ...(unitOnly ? [] : ['web/e2e/**/*.test.ts'])],
          exclude: unitOnly ? ['**/node_modules/**', '**/*.int.test.ts', 'eval/src/eval-gate.test.ts'] : ['**/node_modules/**'],
          globalSetup: unitOnly ? [] : ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: 'web/vite.config.ts',
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['web/src/test-setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
