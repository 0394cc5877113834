/**
 * Year-on-year change (so với cùng kỳ / so với năm trước): units for counts and amounts,
 * percentage points for rates, growth in percent. Figures of huyện Hương Khê, 2020 → 2021.
 * Run: npm run examples
 */
import {
  change,
  describeChange,
  formatViNumber,
  formatViPercent,
  growthRate,
  type Measure,
  periodLabel,
  samePeriodLastYear,
} from 'chitieu';

const year2021 = { kind: 'year', year: 2021 } as const;
const since = periodLabel(samePeriodLastYear(year2021));

const rows: { label: string; unit: string; measure: Measure; previous: string; current: string }[] =
  [
    {
      label: 'Kết nạp đảng viên mới',
      unit: 'đảng viên',
      measure: 'count',
      previous: '48',
      current: '169',
    },
    {
      label: 'Tiêu chí NTM đạt chuẩn (tổng các xã)',
      unit: 'tiêu chí',
      measure: 'count',
      previous: '362',
      current: '381',
    },
    {
      label: 'Thu nhập bình quân đầu người',
      unit: 'triệu đồng',
      measure: 'amount',
      previous: '46.3',
      current: '49.22',
    },
    { label: 'Tỷ lệ hộ nghèo', unit: '%', measure: 'rate', previous: '4.98', current: '3.96' },
    { label: 'Tỷ lệ hộ cận nghèo', unit: '%', measure: 'rate', previous: '5.06', current: '4.93' },
  ];

console.log(`${periodLabel(year2021)} so với ${since}`);
for (const row of rows) {
  const c = change(row.current, row.previous, { measure: row.measure });
  const sentence = describeChange(c, {
    unit: row.measure === 'rate' ? null : row.unit,
    since,
  });
  const relative =
    c.relative === null || row.measure === 'rate'
      ? ''
      : ` (${c.direction === 'decrease' ? 'giảm' : 'tăng'} ${formatViPercent(c.relative.abs(), { decimals: 1 })})`;
  const shown = row.measure === 'rate' ? '%' : ` ${row.unit}`;
  console.log(
    `  ${row.label}: ${formatViNumber(row.previous)}${shown} → ${formatViNumber(row.current)}${shown}: ${sentence}${relative}`,
  );
}

console.log('\nMột tỷ lệ thay đổi theo điểm phần trăm, không theo phần trăm:');
const poverty = change('3.96', '4.98', { measure: 'rate' });
console.log(
  `  giảm ${formatViNumber(poverty.absolute.abs())} điểm phần trăm (báo cáo viết "giảm 1,02%")`,
);
console.log(
  `  còn nếu tính tương đối thì giảm ${formatViPercent(poverty.relative!.abs(), { decimals: 1 })} — không phải cách báo cáo dùng`,
);

console.log('\nTốc độ tăng (tăng trưởng) tính theo phần trăm:');
console.log(
  `  thu nhập bình quân: ${formatViPercent(growthRate('49.22', '46.3'), { decimals: 2 })} so với ${since}`,
);
