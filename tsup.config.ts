import { defineConfig } from 'tsup';

// One bundled file per entry point (ESM + CJS + types): `chitieu` (core, no zod), `chitieu/ntm`,
// `chitieu/party` (party building and grassroots), `chitieu/schemas` (every zod schema and the
// document readers). Code shared by several entry points goes to shared chunks in both formats,
// so a Decimal or a ChitieuError made by one entry point is the same class in the others.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ntm: 'src/ntm.ts',
    party: 'src/party.ts',
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
});
