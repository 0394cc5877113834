#!/usr/bin/env node
// Smoke test of the built package, as an app sees it: every entry point of package.json
// `exports` is loaded by its own name (`chitieu`, `chitieu/<subpath>`, resolved through the
// exports map by Node's package self-reference, so dist/ and the map are what is tested),
// once with `import` and once with `require`, and each answers one real call.
//   node scripts/smoke.mjs        (after `npm run build`; `npm test` runs it)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

/** One real call per entry point, with the answer it must give. */
const checks = {
  '.': [
    "evaluate(169, parseTarget('trên 150 đảng viên').target).status",
    (m) => m.evaluate(169, m.parseTarget('trên 150 đảng viên').target).status,
    'exceeded',
  ],
  './ntm': [
    "getCriteriaSet('ntm-commune-2022').decision.date",
    (m) => m.getCriteriaSet('ntm-commune-2022').decision.date,
    '2022-03-08',
  ],
  './party': ['ratingFromScore(92).level', (m) => m.ratingFromScore(92).level, 'excellent'],
  './tables': [
    'evaluatePlanTable(rows).rows[0].status',
    (m) =>
      m.evaluatePlanTable([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2023', 'Ước TH 2023', 'Đánh giá'],
        ['1', 'Kết nạp đảng viên', 'đảng viên', 'trên 150', '169', 'Vượt'],
      ]).rows[0].status,
    'exceeded',
  ],
  './claims': [
    "auditReport('238/316 vụ việc, đạt tỷ lệ 88,9%.').summary.inconsistent",
    (m) => m.auditReport('238/316 vụ việc, đạt tỷ lệ 88,9%.').summary.inconsistent,
    1,
  ],
  './schemas': [
    "roundingSchema.safeParse('truncate').success",
    (m) =>
      m.roundingSchema.safeParse('truncate').success &&
      !m.roundingSchema.safeParse('round').success,
    true,
  ],
  './package.json': ['name', (m) => m.name, pkg.name],
};

if (!existsSync(join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`✗ ${message}`);
};

for (const subpath of Object.keys(pkg.exports)) {
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const check = checks[subpath];
  if (check === undefined) {
    console.log(
      `- ${specifier}: no smoke check known for this entry point (add one to scripts/smoke.mjs)`,
    );
    continue;
  }
  const [call, run, expected] = check;
  const loaders = subpath.endsWith('.json')
    ? { require: () => require(specifier) }
    : { import: () => import(specifier), require: () => require(specifier) };
  for (const [how, load] of Object.entries(loaders)) {
    try {
      const file =
        how === 'import'
          ? fileURLToPath(import.meta.resolve(specifier))
          : require.resolve(specifier);
      if (!file.startsWith(join(root, subpath.endsWith('.json') ? '' : 'dist'))) {
        fail(`${how} ${specifier} resolves to ${file}, outside dist/`);
        continue;
      }
      const module = await load();
      const actual = run(module);
      if (actual === expected)
        console.log(`✓ ${how} ${specifier}: ${call} → ${JSON.stringify(actual)}`);
      else
        fail(
          `${how} ${specifier}: ${call} → ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
        );
    } catch (error) {
      fail(`${how} ${specifier} failed: ${error?.stack ?? error}`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
