import { defineConfig } from 'tsup';

// ESM: one output file per source module, so that with "sideEffects": false an app's bundler
// drops every module it does not use (NTM data, zod schemas of unused modules) even though
// top-level schema construction is a call. CJS: one bundled file (CJS is not tree-shaken).
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    // The command line (bin "chitieu"): one bundled ESM file with the library inside.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    bundle: true,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    outDir: 'dist',
  },
]);
