/**
 * Seed 002_6f9d0d73f558c892.txt (Báo Hà Tĩnh, 7/1/2022): Hương Khê's NTM results for 2021.
 *
 * The article gives district totals only:
 * - "toàn huyện có 381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020)"
 * - "có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao"
 * - "Thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn"
 * - "Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh"
 *
 * The per-commune lists below are CONSTRUCTED (illustrative): 21 communes named "Xã số 1"…
 * "Xã số 21" (Hương Khê had about 21 xã and 1 thị trấn before 2025), with results chosen so
 * that they add up to the article's totals. They are not the real communes' results. Both
 * years are on the 2016–2020 sets (QĐ 1980/QĐ-TTg, QĐ 558/QĐ-TTg): QĐ 318/320 date from
 * 08/3/2022.
 */

import {
  type CommuneProgress,
  communeProgress,
  describeDistrictProgress,
  describeNtmRollup,
  describeTownProgress,
  districtProgress,
  rollupCommunes,
} from 'chitieu/ntm';
import { describe, expect, it } from 'vitest';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { count, previousFrom } from './published.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

/** Criteria missing per commune number; communes not listed meet all 19. */
const missing2020: Record<number, number[]> = {
  14: [10, 17],
  15: [10, 13, 17],
  16: [2, 10, 13, 17],
  17: [2, 10, 11, 17],
  18: [2, 10, 12, 13, 17],
  19: [2, 3, 10, 11, 13, 17],
  20: [2, 5, 10, 13, 15, 17],
  21: [2, 5, 6, 10, 11, 13, 17],
};
const missing2021: Record<number, number[]> = {
  18: [10, 12, 17],
  19: [2, 10, 13, 17],
  20: [2, 5, 10, 13, 17],
  21: [2, 5, 6, 11, 13, 17],
};

function communes(missing: Record<number, number[]>, advanced: number): CommuneProgress[] {
  return Array.from({ length: 21 }, (_, i) => {
    const n = i + 1;
    const gone = missing[n] ?? [];
    return communeProgress(
      'ntm-commune-2016',
      all19.filter((k) => !gone.includes(k)),
      n <= advanced ? { name: `Xã số ${n}`, tier: 'advanced' } : { name: `Xã số ${n}` },
    );
  });
}

const y2020 = rollupCommunes(communes(missing2020, 2));
const y2021 = rollupCommunes(communes(missing2021, 5), { previous: y2020 });

describe('seed 002: Hương Khê, NTM 2021 (constructed commune list)', () => {
  it('"381 tiêu chí đạt chuẩn": the 21 communes add up to 381 criteria in 2021', () => {
    expect(y2021.communes).toBe(21);
    expect(y2021.criteriaMet).toBe(count('381'));
  });

  it('"(tăng 19 tiêu chí so với năm 2020)": the rollup finds the published change', () => {
    const published = '(tăng 19 tiêu chí so với năm 2020)';
    expect(y2021.change?.criteriaMet).toBe(count(readChangePhrase(published).value));
    expect(y2020.criteriaMet).toBe(count(previousFrom('381', published)));
    expect(y2021.change?.previous.criteriaMet).toBe(y2020.criteriaMet);
  });

  it('"có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao"', () => {
    expect(y2021.change?.qualified).toEqual({ standard: 4, advanced: 3, model: 0 });
    expect(y2020.qualified).toEqual({ standard: 13, advanced: 2, model: 0 });
    expect(y2021.qualified).toEqual({ standard: 17, advanced: 5, model: 0 });
  });

  it('says it as the article does', () => {
    expect(describeNtmRollup(y2021, { since: 'năm 2020' })).toBe(
      'toàn huyện có 381 tiêu chí đạt chuẩn (tăng 19 tiêu chí so với năm 2020); có thêm 4 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao',
    );
  });

  it('"Thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn": 2 before', () => {
    const d2020 = districtProgress('ntm-district-2016', ['planning', 'electricity']);
    const d2021 = districtProgress('ntm-district-2016', [
      'planning',
      'transport',
      'electricity',
      'security-order',
    ]);
    expect(`${d2021.met}/${d2021.total}`).toBe('4/9');
    expect(d2021.met - d2020.met).toBe(2);
    expect(describeDistrictProgress(d2021, { previous: d2020 })).toBe(
      'thêm 2 tiêu chí NTM cấp huyện đạt chuẩn, lũy kế đến nay có 4/9 tiêu chí đạt chuẩn',
    );
  });

  it('"Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh"', () => {
    expect(describeTownProgress({ name: 'Hương Khê', met: 8, total: 18 })).toBe(
      'Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh',
    );
  });

  it('the district is not yet NTM: 4/9 criteria and 17/21 communes (QĐ 558 asks 9/9 and 100%)', () => {
    const d = districtProgress(
      'ntm-district-2016',
      ['planning', 'transport', 'electricity', 'security-order'],
      {
        total: y2021.communes,
        qualified: y2021.qualified.standard,
        advanced: y2021.qualified.advanced,
        towns: [{ name: 'Hương Khê', met: 8, total: 18 }],
      },
    );
    expect(d.conditions[0]?.status).toBe('not-met');
    expect(d.conditions[0]?.actual?.toFixed(2)).toBe('80.95');
    expect(d.qualifies).toBe(false);
  });
});
