import { defineConfig } from 'tsup';

// One bundled file per entry point (ESM + CJS + types): `chitieu` (core, no zod), `chitieu/ntm`,
// `chitieu/party` (party building and grassroots), `chitieu/claims` (whole reports), `chitieu/tables` (plan tables),
// `chitieu/schemas` (every zod schema and the document readers). Code shared by several entry
// points goes to shared chunks in both formats, so a Decimal or a ChitieuError made by one
// entry point is the same class in the others. The command line (bin "chitieu") is one more
// bundled ESM file with the library inside.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ntm: 'src/ntm.ts',
      party: 'src/party.ts',
      claims: 'src/claims.ts',
      tables: 'src/tables.ts',
      schemas: 'src/schemas.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    silent: true,
  },
  {
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
    silent: true,
  },
]);
