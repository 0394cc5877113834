/**
 * The 2021 results of Hương Khê (Hà Tĩnh) against their plans, the Vietnamese way: status
 * (vượt / đạt / không đạt kế hoạch), percent of plan with the rounding named, the gap, and
 * the change from 2020 — in percentage points for rates.
 *
 * Run: npx tsup && npx tsx examples/attainment.ts
 */
import { readFileSync } from 'node:fs';
import {
  type Attainment,
  change,
  evaluate,
  formatTarget,
  formatViNumber,
  formatViPercent,
  type Measure,
  parseTarget,
  parseViNumber,
  type RatioBasis,
  type Rounding,
  requiredGrowth,
  type Status,
} from 'chitieu';

interface ResultItem {
  readonly name: string;
  readonly unit: string;
  readonly measure: Measure;
  readonly actual: string;
  readonly previous: string;
  readonly plan?: string;
  readonly planNote?: string;
  readonly rounding?: Rounding;
  readonly ratioBasis?: RatioBasis;
}

interface ResultsFile {
  readonly source: string;
  readonly district: string;
  readonly province: string;
  readonly year: number;
  readonly items: readonly ResultItem[];
}

const data = JSON.parse(
  readFileSync(new URL('./data/huong-khe-2021-results.json', import.meta.url), 'utf8'),
) as ResultsFile;

const statusLabel: Record<Status, string> = {
  exceeded: 'vượt kế hoạch',
  met: 'đạt kế hoạch',
  'not-met': 'không đạt kế hoạch',
};
const roundingLabel: Record<Rounding, string> = {
  'half-up': 'làm tròn',
  'half-even': 'làm tròn về số chẵn',
  truncate: 'cắt bỏ',
  ceil: 'làm tròn lên',
  floor: 'làm tròn xuống',
};

/** "3,96%" for a rate, "169 đảng viên", "49,22 triệu đồng/người/năm" otherwise. */
function figure(value: Parameters<typeof formatViNumber>[0], item: ResultItem): string {
  return item.unit === '%'
    ? formatViPercent(value, { decimals: 2 })
    : `${formatViNumber(value, { decimals: 2 })} ${item.unit}`;
}

/** "đạt 112,6% kế hoạch (cắt bỏ)", and the gap in the item's unit. */
function planClause(a: Attainment, item: ResultItem): string {
  const rounding = item.rounding ?? 'half-up';
  const parts: string[] = [];
  if (a.percentOfPlan !== null) {
    const pct = formatViPercent(a.percentOfPlan, { decimals: 1, rounding });
    const basis = a.ratioBasis === 'growth-index' ? ', theo chỉ số phát triển' : '';
    parts.push(`đạt ${pct} kế hoạch (${roundingLabel[rounding]}${basis})`);
  }
  const unit = item.unit === '%' ? 'điểm %' : item.unit;
  const size = formatViNumber(a.gap.abs(), { decimals: 2 });
  if (!a.gap.isZero()) parts.push(`${a.gap.isPositive() ? 'vượt' : 'thiếu'} ${size} ${unit}`);
  return parts.join(', ');
}

console.log(
  `HUYỆN ${data.district.toUpperCase()} (${data.province}) — KẾT QUẢ NĂM ${data.year} SO VỚI KẾ HOẠCH`,
);
console.log(`Nguồn: ${data.source}`);

for (const item of data.items) {
  const actual = parseViNumber(item.actual);
  const previous = parseViNumber(item.previous);
  const delta = change(actual, previous, { measure: item.measure });
  const deltaUnit = delta.unit === 'points' ? 'điểm %' : item.unit;
  const verb = delta.direction === 'decrease' ? 'giảm' : 'tăng';
  const deltaText = `${verb} ${formatViNumber(delta.absolute.abs(), { decimals: 2 })} ${deltaUnit}`;

  console.log('');
  if (item.plan === undefined) {
    console.log(`${item.name}: ${figure(actual, item)} (${deltaText} so với năm ${data.year - 1})`);
    continue;
  }
  const parsed = parseTarget(item.plan, { measure: item.measure });
  const options = {
    measure: item.measure,
    baseline: previous,
    ...(item.ratioBasis === undefined ? {} : { ratioBasis: item.ratioBasis }),
  };
  const a = evaluate(actual, parsed.target, options);
  const planText = formatTarget(parsed.target, { unit: item.unit === '%' ? '%' : item.unit });
  if (a.target.kind === 'change') {
    // A change target is judged on the change itself: "giảm 1,02 điểm %" against "giảm 1–1,5%".
    console.log(`${item.name}: ${figure(actual, item)} (${deltaText} so với năm ${data.year - 1})`);
    const where =
      a.status === 'met' && a.target.by.kind === 'range' ? 'nằm trong khoảng kế hoạch' : '';
    console.log(
      `  Kế hoạch "${planText}": ${verb} ${formatViNumber(a.compared, { decimals: 2 })} ${deltaUnit}${
        where === '' ? '' : ` ${where}`
      } → ${statusLabel[a.status]}`,
    );
  } else {
    console.log(
      `${item.name}: ${figure(actual, item)} / ${planText} → ${statusLabel[a.status]}, ${planClause(a, item)}`,
    );
    console.log(`  So với năm ${data.year - 1} (${figure(previous, item)}): ${deltaText}`);
  }
  if (item.measure === 'amount' && a.status === 'not-met') {
    const needed = requiredGrowth(actual, a.reference, 1);
    console.log(
      `  Để đạt ${figure(a.reference, item)} cần tăng ${formatViPercent(needed, { decimals: 2 })} trong một năm`,
    );
  }
  if (item.planNote !== undefined) console.log(`  Ghi chú: ${item.planNote}`);
}
