import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^chitieu$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^chitieu\/(ntm|party|claims|tables|schemas)$/,
        replacement: fileURLToPath(new URL('./src/$1.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**'],
    // One worker process runs many test files: the library is pure (no module state to leak
    // between files), and starting a fresh module graph per file was 9/10 of the run time.
    // Forks, not threads: the time-zone tests set process.env.TZ, which threads share.
    pool: 'forks',
    isolate: false,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // Type-only tests live in test/**/*.test-d.ts: `npm run typecheck` (tsc) checks them in
    // `npm test`; `npm run test:types` runs them through vitest's typecheck, test by test.
    typecheck: { enabled: false, include: ['test/**/*.test-d.ts'] },
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
