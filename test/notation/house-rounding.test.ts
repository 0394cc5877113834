import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { evaluate } from '../../src/attainment/evaluate.js';
import { classificationTally } from '../../src/grassroots/classification.js';
import { describeClassification } from '../../src/grassroots/describe-grassroots.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { HOUSE_ROUNDING, resolveRounding } from '../../src/notation/house-rounding.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { evaluateAdmissions } from '../../src/party/admissions.js';
import { describeAdmissions, describeRatingShares } from '../../src/party/describe-party.js';
import { ratingShares } from '../../src/party/rating-shares.js';
import { describeAttainment } from '../../src/report/describe-attainment.js';
import { describeChange } from '../../src/report/describe-change.js';
import { parseTarget } from '../../src/targets/parse-target.js';

// 169 admitted against a plan of 150: 112,666…% of plan (seed 002, Hương Khê 2021).
const pct = new Decimal(169).div(150).times(100);

describe('HOUSE_ROUNDING', () => {
  it('is one decimal, truncated, and frozen', () => {
    expect(HOUSE_ROUNDING).toEqual({ decimals: 1, rounding: 'truncate' });
    expect(Object.isFrozen(HOUSE_ROUNDING)).toBe(true);
  });

  it('prints 169/150 the same way in every formatter and sentence', () => {
    const admissions = evaluateAdmissions({ admitted: 169, plan: 150 });
    const attainment = evaluate(169, parseTarget('đạt 150 đảng viên').target);
    const printed = [
      formatViPercent(pct),
      `${formatViNumber(pct, { decimals: 1 })}%`,
      /đạt ([\d,]+%)/.exec(describeAdmissions(admissions))?.[1],
      /đạt ([\d,]+%) kế hoạch/.exec(
        describeAttainment({ label: 'kết nạp đảng viên', unit: 'đảng viên', attainment }),
      )?.[1],
      describeChange(change(169, 150), { relative: true }).replace('tăng ', ''),
    ];
    // the relative change is 12,666…%: the same rule gives 12,6%
    expect(printed).toEqual(['112,6%', '112,6%', '112,6%', '112,6%', '12,6%']);
  });

  it('is overridden by the same options shape everywhere', () => {
    const admissions = evaluateAdmissions({ admitted: 169, plan: 150 });
    const attainment = evaluate(169, parseTarget('đạt 150 đảng viên').target);
    const halfUp = { rounding: 'half-up' } as const;
    expect(formatViPercent(pct, halfUp)).toBe('112,7%');
    expect(describeAdmissions(admissions, halfUp)).toContain('đạt 112,7% kế hoạch');
    expect(
      describeAttainment({ label: 'kết nạp đảng viên', unit: 'đảng viên', attainment }, halfUp),
    ).toContain('đạt 112,7% kế hoạch');
    expect(describeChange(change(169, 150), { relative: true, ...halfUp })).toBe('tăng 12,7%');
    const exact = { decimals: 'exact' } as const;
    expect(formatViPercent(pct, exact)).toBe(
      '112,66666666666666666666666666666666666666666666667%',
    );
    expect(describeAdmissions(admissions, exact)).toContain('đạt 112,666666');
  });

  it('never prints a share short of 100% as 100%', () => {
    expect(formatViPercent('99.96')).toBe('99,9%');
    const shares = ratingShares({ excellent: 0, good: 2499, completed: 1, 'not-completed': 0 });
    expect(describeRatingShares(shares)).toContain('99,9%');
    const tally = classificationTally({
      counts: { 'vung-manh-toan-dien': 2499, yeu: 0 },
      total: 2500,
    });
    expect(describeClassification(tally, { withPercent: true })).toContain('(99,9%)');
  });

  it('leaves a figure you give as given', () => {
    expect(formatViNumber('49.22')).toBe('49,22');
    expect(describeChange(change('3.96', '4.98', { measure: 'rate' }))).toBe('giảm 1,02%');
  });
});

describe('resolveRounding', () => {
  it('fills unset fields from the house rule, or exact for figures', () => {
    expect(resolveRounding({})).toEqual({ decimals: 1, rounding: 'truncate' });
    expect(resolveRounding({}, ['options'], 'exact')).toEqual({
      decimals: 'exact',
      rounding: 'truncate',
    });
    expect(resolveRounding({ decimals: 2, rounding: 'ceil' })).toEqual({
      decimals: 2,
      rounding: 'ceil',
    });
    expect(resolveRounding({ decimals: 'exact' })).toEqual({
      decimals: 'exact',
      rounding: 'truncate',
    });
  });

  it('refuses a bad value at options.<name>', () => {
    const cases = [
      [{ decimals: '1' }, 'decimals'],
      [{ decimals: 101 }, 'decimals'],
      [{ decimals: null }, 'decimals'],
      [{ rounding: 'round' }, 'rounding'],
      [{ rounding: null }, 'rounding'],
    ] as const;
    for (const [o, key] of cases) {
      expect(() => resolveRounding(o as never)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', path: ['options', key] }),
      );
    }
  });
});
