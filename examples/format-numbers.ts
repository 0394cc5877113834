/**
 * Vietnamese notation and exact rounding on the figures of a district report
 * (huyện Hương Khê, Hà Tĩnh, 2021). Run: npm run examples
 */
import { formatViNumber, formatViPercent, parseViNumber, percentOf, roundTo } from 'chitieu';

// Figures as the report prints them, read the Vietnamese way ("." groups, "," decimals).
const printed = {
  'Mô hình kinh tế vườn, trang trại (lũy kế)': '3.365',
  'Người đã tiêm vắc xin COVID-19': '87.646',
  'Thu nhập bình quân đầu người (triệu đồng/người/năm)': '49,22',
  'Tỷ lệ hộ nghèo (%)': '3,96',
  'Tốc độ tăng tổng giá trị sản xuất (%)': '12,1',
};

console.log('Đọc số liệu theo cách viết tiếng Việt');
for (const [label, text] of Object.entries(printed)) {
  const value = parseViNumber(text);
  console.log(`  ${label.padEnd(52)} ${text.padStart(7)}  → ${value.toString()}`);
}

// 169 new party members against a plan of 150: the report says "đạt 112,6% kế hoạch".
const percent = percentOf(169, 150);
console.log('\nKết nạp 169 đảng viên / kế hoạch 150');
const rows: [string, string][] = [
  [
    'giá trị chính xác (10 số lẻ)',
    `${formatViNumber(percent, { decimals: 10, rounding: 'truncate' })}…%`,
  ],
  [
    'cắt bỏ (truncate), 1 số lẻ',
    `${formatViPercent(percent, { decimals: 1, rounding: 'truncate' })}  ← như báo cáo`,
  ],
  ['làm tròn (half-up), 1 số lẻ', formatViPercent(percent, { decimals: 1, rounding: 'half-up' })],
  ['làm tròn (half-up), 2 số lẻ', formatViPercent(percent, { decimals: 2, rounding: 'half-up' })],
];
for (const [label, value] of rows) console.log(`  ${`${label}:`.padEnd(31)} ${value}`);

console.log('\nIn số theo cách viết tiếng Việt');
console.log(
  `  ${formatViNumber(3365)} mô hình; ${formatViNumber(87646)} người; ${formatViNumber('49.22')} triệu đồng`,
);
console.log(`  tổng giá trị đầu tư: trên ${formatViNumber(3200)} tỷ đồng`);
console.log(`  ${formatViNumber(roundTo('1234567.891', 1, 'truncate'))} (cắt bỏ còn 1 số lẻ)`);
