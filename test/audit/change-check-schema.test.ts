import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ChangeBasis,
  type ChangeCheck,
  changeBasisSchema,
  changeCheckSchema,
} from '../../src/audit/change-check-schema.js';
import { checkChange } from '../../src/audit/check-change.js';
import { Decimal } from '../../src/numeric/decimal.js';

const roundTrip = (r: ChangeCheck) => z.parse(changeCheckSchema, JSON.parse(JSON.stringify(r)));

describe('changeCheckSchema', () => {
  it('round-trips checked and unchecked results', () => {
    for (const r of [
      checkChange(381, 362, 'tăng 19 tiêu chí so với năm 2020'),
      checkChange('3.96', null, 'giảm 1,02%'),
      checkChange('3.96', 4.976, -1.02, { decimals: 2 }),
      checkChange(169, 50, 121),
    ]) {
      const back = roundTrip(r);
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(r)));
      expect(back.impliedPrevious).toBeInstanceOf(Decimal);
    }
  });

  it('rejects an unchecked result with a computed change', () => {
    const json = JSON.parse(JSON.stringify(checkChange(381, null, 19)));
    expect(z.safeParse(changeCheckSchema, { ...json, computed: '19' }).success).toBe(false);
    expect(z.safeParse(changeCheckSchema, { ...json, basis: 'percent' }).success).toBe(false);
  });
});

describe('changeBasisSchema', () => {
  it('accepts absolute and points only', () => {
    expect(z.parse(changeBasisSchema, 'points')).toBe('points');
    expect(z.safeParse(changeBasisSchema, 'percent').success).toBe(false);
    expectTypeOf<ChangeBasis>().toEqualTypeOf<'absolute' | 'points'>();
  });
});
