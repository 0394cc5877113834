/**
 * A plan report the Vietnamese way: the 2021 results of huyện Hương Khê (Hà Tĩnh) read from
 * a plan file, evaluated, and told in the phrasing of the district's own report; then the
 * 2022 targets and the 2020 published total. Run: npm run examples
 */
import { readFileSync } from 'node:fs';
import {
  describeAttainment,
  describePlanReport,
  describeScorecard,
  evaluatePlan,
  formatViPercent,
  type Plan,
} from 'chitieu';
import { parsePlan } from 'chitieu/schemas';

function load(name: string): Plan {
  const url = new URL(`./data/${name}.json`, import.meta.url);
  return parsePlan(JSON.parse(readFileSync(url, 'utf8')));
}

// 2021: results against the plan (kết quả thực hiện năm 2021)
const plan2021 = load('huong-khe-2021');
const result2021 = evaluatePlan(plan2021);
console.log(describePlanReport(result2021, { planWord: 'kế hoạch năm' }).join('\n'));

// The report's own sentences, reproduced from the figures
const admissions = result2021.items.find((r) => r.item.id === 'party-admissions');
if (admissions === undefined || plan2021.published === undefined) {
  throw new Error('huong-khe-2021.json has changed');
}
console.log('\nCâu trong báo cáo, tính lại từ số liệu:');
console.log(`  "${describeAttainment(admissions, { planWord: 'kế hoạch năm' })}"`);
const pct = admissions.attainment?.percentOfPlan ?? 0;
console.log(
  `  (169/150 = ${formatViPercent(pct, { decimals: 4, rounding: 'truncate' })}…: cắt bỏ còn ${formatViPercent(pct, { decimals: 1, rounding: 'truncate' })}, làm tròn thì ${formatViPercent(pct, { decimals: 1, rounding: 'half-up' })})`,
);
console.log('Tổng số do báo cáo công bố (không tính lại được từ từng chỉ tiêu):');
console.log(`  "${describeScorecard(plan2021.published, { qualifier: 'kinh tế - xã hội' })}"`);
console.log(
  `  "năm 2021 có ${describeScorecard(plan2021.published, { order: 'exceeded-first' })}"`,
);

// 2022: the targets set for next year, all still without figures
console.log('');
console.log(describePlanReport(evaluatePlan(load('huong-khe-2022'))).join('\n'));

// 2020: the published total, "Có 18/31 chỉ tiêu vượt và đạt kế hoạch"
const plan2020 = load('huong-khe-2020');
if (plan2020.published !== undefined) {
  console.log(
    `\nNăm 2020: có ${describeScorecard(plan2020.published, { order: 'exceeded-first' })}.`,
  );
}
