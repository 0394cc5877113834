import { defineConfig } from 'tsup';

// ESM: one output file per source module, so that with "sideEffects": false an app's bundler
// drops every module it does not use (NTM data, zod schemas of unused modules) even though
// top-level schema construction is a call. CJS: one bundled file (CJS is not tree-shaken).
// Types: one declaration build for both formats (index.d.ts and index.d.cts are the same
// text), not one per format — the declaration build is the slowest step of `npm test`.
// Silent: only warnings and errors are printed (`npm test` stays readable).
const dtsEntry = ['src/index.ts'];

export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    outDir: 'dist',
    silent: true,
  },
  {
    entry: dtsEntry,
    format: ['cjs'],
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    silent: true,
  },
  {
    entry: dtsEntry,
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
    target: 'es2022',
    outDir: 'dist',
    silent: true,
  },
]);
