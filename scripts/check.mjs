#!/usr/bin/env node
// `npm test`: every check, in stages; the steps of a stage run at the same time. A step that
// passes prints one line (its name, its time and, for the tests, the counts); a step that
// fails prints its whole output, and no later stage runs.
//   node scripts/check.mjs            all stages
//   node scripts/check.mjs lint docs  only these steps (each an npm script)
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const stages = [
  // tsc and the declaration build are single-threaded: on 2 cores they run side by side.
  ['lint', 'typecheck', 'build', 'test:unit'],
  // everything that reads dist/ — one build, used by all of them.
  ['test:dist', 'docs', 'package:check', 'test:browser'],
];
/** Lines worth keeping from a passing step's output. */
const summaryLine = /^\s*(Tests|Test Files)\s|examples \(run against dist\/\)/;

const only = process.argv.slice(2);
const plan = only.length > 0 ? [only] : stages;
const npm = process.env.npm_execpath;
const started = Date.now();

function run(script) {
  const t0 = Date.now();
  const [command, args] = npm ? [process.execPath, [npm, 'run', script]] : ['npm', ['run', script]];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      shell: !npm && process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) =>
      resolve({ script, code, output, seconds: (Date.now() - t0) / 1000 }),
    );
  });
}

/** The runtime tests counted by vitest, for the closing line. */
let tests = null;

for (const stage of plan) {
  const results = await Promise.all(stage.map(run));
  for (const { script, code, output, seconds } of results) {
    const counted = /^\s*Tests\s+(\d+) passed/m.exec(stripVTControlCharacters(output));
    if (counted !== null && script === 'test:unit') tests = Number(counted[1]);
    if (code === 0) {
      const summary = stripVTControlCharacters(output)
        .split('\n')
        .filter((line) => summaryLine.test(line))
        .map((line) => line.trim().replace(/\s+/g, ' '));
      console.log(
        `✓ ${script} (${seconds.toFixed(1)} s)${summary.length ? `: ${summary.join('; ')}` : ''}`,
      );
    } else {
      console.error(`\n✗ ${script} failed (exit ${code}, ${seconds.toFixed(1)} s):\n${output}`);
    }
  }
  if (results.some((r) => r.code !== 0)) process.exit(1);
}
console.log(`all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// The plain closing line CI reads: every runtime test passed, none failed.
if (tests !== null) console.log(`tests: ${tests} passed, 0 failed`);
