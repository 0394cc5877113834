import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { changePhraseSchema } from '../../src/audit/change-phrase-schema.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('changePhraseSchema', () => {
  it('round-trips a phrase', () => {
    const c = readChangePhrase('tăng 121 đảng viên so với năm 2020');
    const back = z.parse(changePhraseSchema, JSON.parse(JSON.stringify(c)));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(c)));
    expect(back.value).toBeInstanceOf(Decimal);
  });

  it('rejects an unknown direction', () => {
    const json = JSON.parse(JSON.stringify(readChangePhrase('tăng 1')));
    expect(z.safeParse(changePhraseSchema, { ...json, direction: 'up' }).success).toBe(false);
  });
});
