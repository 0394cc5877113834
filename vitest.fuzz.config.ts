import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the slow, seeded fuzzing suite (not part of `npm test`).
export default defineConfig({
  resolve: {
    alias: { chitieu: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/fuzz/**/*.fuzz.test.ts'],
    testTimeout: 600_000,
  },
});
