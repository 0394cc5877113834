import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChange } from '../../src/audit/check-change.js';
import { checkShare } from '../../src/audit/check-share.js';
import { inferPlan } from '../../src/audit/infer-plan.js';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import { readFigure } from '../../src/notation/read-figure.js';
import { Decimal } from '../../src/numeric/decimal.js';

const refused = (path: readonly (string | number)[]) =>
  expect.objectContaining({
    code: 'invalid-number',
    path,
    details: expect.objectContaining({ hint: expect.stringContaining('parseViNumber') }),
  });

describe('readFigure', () => {
  it('takes numbers, Decimals and strings that mean one value', () => {
    expect(readFigure(3365, ['x']).toString()).toBe('3365');
    expect(readFigure(new Decimal('3.365'), ['x']).toString()).toBe('3.365');
    expect(readFigure('3.96', ['x']).toString()).toBe('3.96');
    expect(readFigure('3365', ['x']).toString()).toBe('3365');
    expect(readFigure('1234.5678', ['x']).toString()).toBe('1234.5678');
  });

  it('refuses a string that reads differently in the two notations, naming both values', () => {
    for (const text of ['3.365', '1.234', '-3.365', ' 12.500 ']) {
      expect(() => readFigure(text, ['current'])).toThrow(refused(['current']));
    }
    expect(() => readFigure('3.365', ['x'])).toThrow(/3\.365 in JavaScript notation and 3365/);
  });

  it('refuses Vietnamese notation with a hint to parseViNumber', () => {
    for (const text of ['12,5', '1.234.567', '1.234,5', '97,1%']) {
      expect(() => readFigure(text, ['x'])).toThrow(refused(['x']));
    }
  });

  it('leaves other bad strings to toDecimal, without the hint', () => {
    expect(() => readFigure('abc', ['x'])).toThrow(
      expect.objectContaining({
        code: 'invalid-number',
        details: expect.not.objectContaining({ hint: expect.anything() }),
      }),
    );
  });

  it('accepts every string whose two readings agree or only one notation reads', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        let js: Decimal | null = null;
        let vi: Decimal | null = null;
        try {
          js = readFigure(text, ['x']);
        } catch {}
        try {
          vi = parseViNumber(text);
        } catch {}
        // whatever readFigure accepts, Vietnamese notation reads the same or not at all
        if (js !== null && vi !== null) expect(js.eq(vi)).toBe(true);
      }),
    );
  });
});

describe('functions that read figures beside Vietnamese phrases', () => {
  it('checkChange refuses "3.365" instead of implying a previous figure of −115,635', () => {
    expect(() => checkChange('3.365', null, 'tăng 119')).toThrow(refused(['current']));
    expect(() => checkChange(3365, '3.246', 'tăng 119')).toThrow(refused(['previous']));
    expect(checkChange(parseViNumber('3.365'), null, 'tăng 119').impliedPrevious.toString()).toBe(
      '3246',
    );
  });

  it('reconcilePercent, checkShare and inferPlan refuse them too', () => {
    expect(() => reconcilePercent('112,6%', 169, '1.500')).toThrow(refused(['denominator']));
    expect(() => reconcilePercent('112,6%', '1.690', 1500)).toThrow(refused(['numerator']));
    expect(() => checkShare('2.499', 2500, '99,9%')).toThrow(refused(['count']));
    expect(() => inferPlan('1.690', '112,6%')).toThrow(refused(['actual']));
  });
});

describe('checkChange warnings', () => {
  it('flags a negative implied previous figure', () => {
    const r = checkChange(3.365, null, 'tăng 119');
    expect(r.impliedPrevious.toString()).toBe('-115.635');
    expect(r.warnings).toEqual([expect.stringContaining('negative')]);
    const checked = checkChange(3, 5, 'tăng 119');
    expect(checked.warnings).toHaveLength(1);
  });

  it('has none when the implied previous figure is zero or more', () => {
    expect(checkChange(381, null, 'tăng 19').warnings).toEqual([]);
    expect(checkChange(19, null, 'tăng 19').warnings).toEqual([]);
  });
});
