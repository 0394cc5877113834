/**
 * parseTarget throughput. Goals: ≥ 200 000 seed phrases per second; a 500-character
 * adversarial input in ≤ 1 ms. Run with `npx vitest bench --run bench/target.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { formatTarget } from '../src/targets/format-target.js';
import { parseTarget } from '../src/targets/parse-target.js';

/** The 2022 targets of seed 002_6f9d0d73f558c892.txt. */
const seedPhrases = [
  'tốc độ tăng tổng giá trị sản xuất trên 13%',
  'thu nhập bình quân đầu người trên 51,5 triệu đồng/người/năm',
  'thu ngân sách trên địa bàn đạt 72 tỷ đồng',
  'tổng giá trị đầu tư toàn xã hội trên 3.200 tỷ đồng',
  'có thêm 2 tiêu chí huyện đạt chuẩn NTM',
  'xây dựng thêm 2 xã đạt chuẩn NTM',
  '2 xã đạt chuẩn NTM nâng cao',
  'Phấn đấu kết nạp trên 150 đảng viên',
  'có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên',
];

/** 500 characters built to make a scanner backtrack: every piece is a near-miss. */
const adversarial = [
  `${'không vượt '.repeat(44)}quá 1–1,5% so với năm 2021`.slice(-500),
  `1 ${'đảng viên '.repeat(49)}`.slice(0, 500),
  `80% ${'mỗi năm '.repeat(62)}`.slice(0, 500),
  `${'1.'.repeat(249)}1`,
  `${'bình quân mỗi '.repeat(34)}năm tăng 10%`.slice(-500),
];

describe('parseTarget', () => {
  bench(`the ${seedPhrases.length} seed phrases of 002 (one iteration = all of them)`, () => {
    for (const phrase of seedPhrases) parseTarget(phrase);
  });

  for (const [k, input] of adversarial.entries()) {
    bench(`500-character adversarial input #${k + 1}`, () => {
      try {
        parseTarget(input);
      } catch {
        // rejected inputs are timed too
      }
    });
  }
});

describe('formatTarget', () => {
  const targets = seedPhrases.map((p) => parseTarget(p).target);
  bench('the seed targets', () => {
    for (const target of targets) formatTarget(target);
  });
});
