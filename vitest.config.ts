import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^chitieu$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^chitieu\/(ntm|party|schemas)$/,
        replacement: fileURLToPath(new URL('./src/$1.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    typecheck: { enabled: false },
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
