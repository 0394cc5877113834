#!/usr/bin/env node
// Import cost of each entry point of the built package: wall time of
// `node -e "import('chitieu')"` against bare `node -e "0"`, best of several runs, alternating,
// from a temporary directory where `chitieu` resolves to this package (run `npm run build`
// first; `npm run bench:import` does).
//   node bench/import.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zodMini = pathToFileURL(
  createRequire(join(root, 'package.json'))
    .resolve('zod/mini')
    .replace(/\.cjs$/, '.js'),
).href;
const runs = Number(process.argv[2] ?? 12);
const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules', 'chitieu'), 'dir');

const subjects = {
  'bare node': '0',
  "import('chitieu')": "import('chitieu')",
  "import('chitieu/ntm')": "import('chitieu/ntm')",
  "import('chitieu/party')": "import('chitieu/party')",
  "import('chitieu/schemas')": "import('chitieu/schemas')",
  "require('chitieu')": "require('chitieu')",
  "import('zod/mini') alone": `import(${JSON.stringify(zodMini)})`,
};

const failed = new Set();

function wall(code) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    failed.add(code);
    return Number.POSITIVE_INFINITY;
  }
  return ms;
}

const best = Object.fromEntries(Object.keys(subjects).map((k) => [k, Infinity]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, code] of Object.entries(subjects)) {
      best[name] = Math.min(best[name], wall(code));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const bare = best['bare node'];
console.log(`Import cost, best of ${runs} runs, Node ${process.version}\n`);
console.log(
  `${'subject'.padEnd(28)}${'wall'.padStart(9)}${'over bare'.padStart(12)}${'ratio'.padStart(8)}  goal (issue 18)`,
);
for (const [name, ms] of Object.entries(best)) {
  if (ms === Number.POSITIVE_INFINITY) {
    console.log(`${name.padEnd(28)}  failed (not built?)`);
    continue;
  }
  const goal =
    name === "import('chitieu')"
      ? `≤ +25 ms, ≤ 1.5×: ${ms - bare <= 25 || ms / bare <= 1.5 ? 'yes' : 'NO'}`
      : '';
  console.log(
    `${name.padEnd(28)}${`${ms.toFixed(0)} ms`.padStart(9)}${`+${(ms - bare).toFixed(0)} ms`.padStart(12)}${`${(ms / bare).toFixed(2)}×`.padStart(8)}  ${goal}`,
  );
}
