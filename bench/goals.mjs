#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The figures of issue 18, each next to its baseline from the same run, with the ratio and
// the goal. Runs against the built package (run `npm run build` first; `npm run bench` does).
//   node bench/goals.mjs [distDir]     (default: dist)
// Timing: each subject and its baseline run in alternating rounds; the best round counts.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
const { Decimal, evaluate, evaluatePlan, formatViNumber, indicators } = lib;

/** Keeps results alive so the engine cannot drop the work. */
const sink = { value: undefined };

/** Best time per call (ns) of `fn`, over `rounds` rounds of `n` calls. */
function timeRound(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink.value = fn(i);
  return Number(process.hrtime.bigint() - start) / n;
}

function compare(subject, baseline, n, rounds = 15) {
  let bestS = Infinity;
  let bestB = Infinity;
  timeRound(subject, n);
  timeRound(baseline, n);
  for (let r = 0; r < rounds; r++) {
    bestB = Math.min(bestB, timeRound(baseline, n));
    bestS = Math.min(bestS, timeRound(subject, n));
  }
  return { subject: bestS, baseline: bestB };
}

const rows = [];
function row(figure, now, base, ratio, goal, ok) {
  rows.push({ figure, now, baseline: base, ratio, goal, ok: ok ? 'yes' : 'NO' });
}
const ns = (x) => `${x.toFixed(0)} ns`;

// 1. evaluate 169 against "trên 150" vs bare decimal.js div + gte on the same Decimals
{
  const actual = new Decimal(169);
  const plan = new Decimal(150);
  const target = { kind: 'at-least', value: plan, strict: true };
  const t = compare(
    () => evaluate(actual, target),
    () => {
      sink.value = actual.div(plan);
      return actual.gte(plan);
    },
    20000,
  );
  const ratio = t.subject / t.baseline;
  row(
    'evaluate(169, "trên 150") vs decimal.js div + gte',
    ns(t.subject),
    ns(t.baseline),
    `${ratio.toFixed(2)}×`,
    '≤ 1.5×',
    ratio <= 1.5,
  );
}

// 2. formatViNumber(x, { decimals: 1 }) vs Intl.NumberFormat('vi-VN') on the same numbers
{
  const numbers = [3365, 87646, 49.22, 3.96, 4.93, 12.1, 112.6, 1234.5];
  const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  const options = { decimals: 1 };
  const t = compare(
    (i) => formatViNumber(numbers[i & 7], options),
    (i) => intl.format(numbers[i & 7]),
    20000,
  );
  const ratio = t.subject / t.baseline;
  row(
    "formatViNumber(x, { decimals: 1 }) vs Intl.NumberFormat('vi-VN')",
    ns(t.subject),
    ns(t.baseline),
    `${ratio.toFixed(2)}×`,
    '≤ 1.5×',
    ratio <= 1.5,
  );
}

// 3. evaluatePlan of the national plan (3 321 communes × 40 indicators × 5 years)
{
  const catalogue = Object.values(indicators);
  let state = 2021;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const ONE = new Decimal(1);
  const ONE_HALF = new Decimal('1.5');
  const items = [];
  for (let c = 0; c < 3321; c++) {
    for (let y = 0; y < 5; y++) {
      for (let k = 0; k < 40; k++) {
        const indicator = catalogue[k % catalogue.length];
        const value = new Decimal(Math.floor(next() * 1000) + 10);
        let target;
        if (indicator.direction === 'lower-is-better') {
          target =
            k % 2 === 0
              ? { kind: 'at-most', value, strict: true }
              : {
                  kind: 'change',
                  direction: 'decrease',
                  by: { kind: 'range', min: ONE, max: ONE_HALF },
                  basis: indicator.measure === 'rate' ? 'points' : 'absolute',
                };
        } else {
          target = [
            { kind: 'at-least', value, strict: true },
            { kind: 'exact', value },
            { kind: 'range', min: value, max: value.times('1.1') },
            { kind: 'approximately', value },
          ][k % 4];
        }
        const actual = value.times(Math.floor(next() * 40) + 80).div(100);
        const baseline = value.times(Math.floor(next() * 40) + 80).div(100);
        items.push({
          id: `x${c}-${2021 + y}-${k}`,
          indicator,
          target,
          ...(next() > 0.05 ? { actual } : {}),
          baseline,
        });
      }
    }
  }
  const plan = {
    id: 'national',
    title: 'Kế hoạch',
    issuer: 'Cả nước',
    period: { kind: 'stage', startYear: 2021, endYear: 2025 },
    items,
  };
  // Baseline: the bare arithmetic of one attainment per item (div + gte against the bound).
  const bare = () => {
    for (const item of items) {
      if (item.actual === undefined) continue;
      const t = item.target;
      const ref = t.kind === 'change' ? t.by.max : t.kind === 'range' ? t.min : t.value;
      sink.value = item.actual.div(ref);
      sink.value = item.actual.gte(ref);
    }
  };
  const timeOnce = (fn) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  let best = Infinity;
  let bestBare = Infinity;
  for (let r = 0; r < 3; r++) {
    bestBare = Math.min(bestBare, timeOnce(bare));
    best = Math.min(
      best,
      timeOnce(() => {
        sink.value = evaluatePlan(plan);
      }),
    );
  }
  row(
    `evaluatePlan, ${items.length} items vs bare div + gte per item`,
    `${best.toFixed(0)} ms`,
    `${bestBare.toFixed(0)} ms`,
    `${(best / bestBare).toFixed(2)}×`,
    '≤ 1000 ms',
    best <= 1000,
  );
}

// 4. Bundle sizes, min+gz, against decimal.js alone (the floor of any exact arithmetic)
{
  const size = async (contents) => {
    const r = await build({
      stdin: { contents, resolveDir: dist, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      charset: 'utf8',
      logLevel: 'silent',
    });
    return gzipSync(r.outputFiles[0].text).length;
  };
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  const decimalOnly = await size("export { default } from 'decimal.js';");
  for (const [name, code, goal] of [
    ['bundle { evaluate }', "export { evaluate } from './index.js';", 14000],
    [
      'bundle { evaluate, parseTarget, formatViPercent }',
      "export { evaluate, parseTarget, formatViPercent } from './index.js';",
      20000,
    ],
    ["bundle, whole root entry ('chitieu')", "export * from './index.js';", 40000],
  ]) {
    const b = await size(code);
    row(
      `${name}, min+gz vs decimal.js alone`,
      kb(b),
      kb(decimalOnly),
      `${(b / decimalOnly).toFixed(2)}×`,
      `≤ ${kb(goal)}`,
      b <= goal,
    );
  }
}

console.log(`chitieu goals (issue 18), ${dist}, Node ${process.version}\n`);
const cols = ['figure', 'now', 'baseline', 'ratio', 'goal', 'ok'];
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (r) => cols.map((c, i) => String(r[c]).padEnd(width[i])).join('  ');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
for (const r of rows) console.log(line(r));
console.log('\nImport cost: npm run bench:import');
