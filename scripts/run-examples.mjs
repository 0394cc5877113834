#!/usr/bin/env node
// Run every example against the built package, as an app would: examples/*.ts through tsx
// with tsconfig.examples.json (no `paths`: `chitieu` resolves through package.json `exports`
// to dist/, ESM), examples/*.mjs with plain node. Nothing here builds: run `npm run build` first.
//   node scripts/run-examples.mjs           print each report
//   node scripts/run-examples.mjs --check   compare each report with examples/<name>.out.txt
//   node scripts/run-examples.mjs --update  rewrite the .out.txt files
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const mode = process.argv.includes('--check')
  ? 'check'
  : process.argv.includes('--update')
    ? 'update'
    : 'print';
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (`npm run examples` does).');
  process.exit(1);
}

const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  TSX_TSCONFIG_PATH: join(root, 'tsconfig.examples.json'),
};

// The examples must see the shipped files: refuse to run if `chitieu` resolves anywhere else.
const resolved = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--input-type=module', '-e', "console.log(import.meta.resolve('chitieu'))"],
  { cwd: root, encoding: 'utf8', env },
);
const entry = pathToFileURL(join(root, 'dist', 'index.js')).href;
if (resolved.stdout.trim() !== entry) {
  console.error(
    `✗ under tsx, 'chitieu' resolves to ${resolved.stdout.trim() || resolved.stderr}, not ${entry}`,
  );
  process.exit(1);
}

const scripts = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.ts') || f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

let failures = 0;
for (const file of scripts) {
  const name = file.replace(/\.(ts|mjs)$/, '');
  const loader = file.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const run = spawnSync(process.execPath, [...loader, join('examples', file)], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  if (run.status !== 0) {
    failures++;
    console.error(`✗ examples/${file} exited with ${run.status}\n${run.stderr}`);
    continue;
  }
  const expectedFile = join(examplesDir, `${name}.out.txt`);
  if (mode === 'print') {
    console.log(`\n━━ examples/${file} ━━\n${run.stdout}`);
  } else if (mode === 'update') {
    writeFileSync(expectedFile, run.stdout);
    console.log(`updated examples/${name}.out.txt`);
  } else if (!existsSync(expectedFile)) {
    failures++;
    console.error(
      `✗ examples/${name}.out.txt is missing (run: node scripts/run-examples.mjs --update ${name})`,
    );
  } else {
    const expected = readFileSync(expectedFile, 'utf8');
    if (expected !== run.stdout) {
      failures++;
      const a = expected.split('\n');
      const b = run.stdout.split('\n');
      const at = a.findIndex((line, i) => line !== b[i]);
      console.error(
        `✗ examples/${file} differs from examples/${name}.out.txt at line ${at + 1}:\n  expected: ${JSON.stringify(a[at])}\n  actual:   ${JSON.stringify(b[at])}`,
      );
    }
  }
}

if (scripts.length === 0) {
  console.error('no examples found');
  process.exit(1);
}
if (mode === 'check')
  console.log(
    `examples (run against dist/): ${scripts.length - failures} passed, ${failures} failed`,
  );
process.exit(failures === 0 ? 0 : 1);
