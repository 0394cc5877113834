import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

function doc(items: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p',
    title: 'Kế hoạch',
    issuer: 'UBND huyện',
    period: { kind: 'year', year: 2022 },
    items,
    ...overrides,
  };
}

function item(fields: Record<string, unknown>): Record<string, unknown> {
  return doc([{ id: 'x', indicator: 'party-admissions', ...fields }]);
}

const unitless = {
  id: 'u',
  name: 'Chỉ tiêu không đơn vị',
  unit: null,
  measure: 'count',
  direction: 'higher-is-better',
} as const;

/** Every issue parsePlan reports for `json`, one line each: "path: message". */
function problems(json: unknown): string[] {
  try {
    parsePlan(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    const e = error as ChitieuError;
    expect(e.code).toBe('invalid-plan');
    const issues = e.details.issues;
    if (issues === undefined) return [e.message];
    return issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  throw new Error('parsePlan accepted a bad plan');
}

describe('parsePlan: the message of each bad field', () => {
  it('an indicator that is null', () => {
    expect(problems(item({ indicator: null }))).toMatchInlineSnapshot(`
      [
        "items.0.indicator: expected object; received null",
      ]
    `);
  });

  it('an inline indicator with an unknown measure names the value received', () => {
    expect(
      problems(item({ indicator: { ...unitless, measure: 'percent' } })),
    ).toMatchInlineSnapshot(`
      [
        "items.0.indicator.measure: expected one of "count", "amount", "rate"; received "percent"",
      ]
    `);
  });

  it('a target phrase too long, blank or empty', () => {
    expect(problems(item({ target: `trên 150${' đảng viên'.repeat(50)}` }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a Vietnamese target phrase of 1 to 500 characters ("trên 150 đảng viên") or a target object; received "trên 150 đảng viên đảng viên đảng viên đảng viên đảng viê…" (508 characters)",
      ]
    `);
    expect(problems(item({ target: '   ' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a Vietnamese target phrase of 1 to 500 characters ("trên 150 đảng viên") or a target object; received "   "",
      ]
    `);
    expect(problems(item({ target: '' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a Vietnamese target phrase of 1 to 500 characters ("trên 150 đảng viên") or a target object; received """,
      ]
    `);
  });

  it('a target phrase of exactly 500 characters is read', () => {
    const phrase = `trên 150${' '.repeat(492)}`;
    expect(phrase).toHaveLength(500);
    expect(parsePlan(item({ target: phrase })).items[0]?.target).toMatchObject({
      kind: 'at-least',
    });
    expect(problems(item({ target: `${phrase} ` }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a Vietnamese target phrase of 1 to 500 characters ("trên 150 đảng viên") or a target object; received "trên 150                                                 …" (501 characters)",
      ]
    `);
  });

  it('a target object with an unknown kind names the value received', () => {
    expect(problems(item({ target: { kind: 'between', value: 1 } }))).toMatchInlineSnapshot(`
      [
        "items.0.target.kind: expected one of "at-least", "at-most", "exact", "range", "approximately", "change"; received "between"",
      ]
    `);
  });

  it('an unreadable target phrase says what chitieu expected', () => {
    expect(problems(item({ target: 'phấn đấu làm tốt' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target phrase chitieu can read; unparseable-target: expected a figure (a number such as "150", "51,5" or "3.200"); received "phấn đấu làm tốt"",
      ]
    `);
  });

  it('a target phrase in another unit', () => {
    expect(problems(item({ target: 'trên 150 xã' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's unit ("đảng viên"); the phrase is in "xã" (unit-mismatch); received "trên 150 xã"",
      ]
    `);
  });

  it('a change or a percentage in another unit', () => {
    expect(problems(item({ target: 'có thêm 2 xã' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's unit ("đảng viên"); the phrase is in "xã" (unit-mismatch); received "có thêm 2 xã"",
      ]
    `);
    expect(problems(item({ target: 'trên 4%' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's unit ("đảng viên"); the phrase is in "%" (unit-mismatch); received "trên 4%"",
      ]
    `);
  });

  it('a phrase with a unit on an indicator without one is read', () => {
    const plan = parsePlan(item({ indicator: unitless, target: 'trên 150 xã' }));
    expect(plan.items[0]?.target).toMatchObject({ kind: 'at-least' });
  });

  it('reads a "so với" change on a rate in points (the indicator measure), not percent', () => {
    const plan = parsePlan(item({ indicator: 'poverty-rate', target: 'giảm 1% so với năm 2020' }));
    expect(plan.items[0]?.target).toMatchObject({ kind: 'change', basis: 'points' });
  });

  it('a bound against the indicator direction, plain and as the size of a change', () => {
    expect(problems(item({ indicator: 'poverty-rate', target: 'trên 4%' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's direction (lower-is-better); an 'at-least' target is higher-is-better; received "trên 4%"",
      ]
    `);
    expect(problems(item({ target: 'dưới 150 đảng viên' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's direction (higher-is-better); an 'at-most' target is lower-is-better; received "dưới 150 đảng viên"",
      ]
    `);
    expect(
      problems(
        item({
          indicator: 'poverty-rate',
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'at-least', value: 1, strict: true },
            basis: 'points',
          },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a target in the indicator's direction (lower-is-better); a 'increase' target of size 'at-least' is higher-is-better; received an object",
      ]
    `);
  });

  it('a change in points on a count', () => {
    expect(
      problems(
        item({
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: 2 },
            basis: 'points',
          },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a change in units or percent for a 'count' indicator; a change in percentage points needs a rate; received an object",
      ]
    `);
  });

  it('a percent change from a baseline of 0, but an absolute change from 0 is fine', () => {
    expect(
      problems(
        item({ indicator: 'budget-revenue', target: 'tăng 10% so với năm trước', baseline: 0 }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.0.baseline: expected a baseline other than 0 for a change in percent (tăng …% so với …); received "0"",
      ]
    `);
    const plan = parsePlan(
      item({ indicator: 'ntm-district-criteria-met', target: 'có thêm 2 tiêu chí', baseline: 0 }),
    );
    expect(plan.items[0]?.target).toMatchObject({ kind: 'change', basis: 'absolute' });
  });

  it('negative counts: actual, baseline, range ends and the size of a change', () => {
    expect(problems(item({ actual: -1, baseline: -2 }))).toMatchInlineSnapshot(`
      [
        "items.0.actual: expected a count (measure "count") that is not negative; received "-1"",
        "items.0.baseline: expected a count (measure "count") that is not negative; received "-2"",
      ]
    `);
    expect(problems(item({ target: { kind: 'range', min: -3, max: -1 } }))).toMatchInlineSnapshot(`
      [
        "items.0.target.min: expected a count (measure "count") that is not negative; received "-3"",
        "items.0.target.max: expected a count (measure "count") that is not negative; received "-1"",
      ]
    `);
    expect(
      problems(
        item({
          target: {
            kind: 'change',
            direction: 'increase',
            by: { kind: 'exact', value: -2 },
            basis: 'absolute',
          },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.0.target.by.value: expected a count (measure "count") that is not negative; received "-2"",
      ]
    `);
  });

  it('a negative count in a phrase is reported at the phrase, which has no paths inside', () => {
    expect(problems(item({ target: 'từ -3 đến 4 đảng viên' }))).toMatchInlineSnapshot(`
      [
        "items.0.target: expected a count (measure "count") that is not negative; received "-3"",
      ]
    `);
  });

  it('a negative target is allowed where the measure is not a count', () => {
    const plan = parsePlan(
      item({ indicator: 'production-value-growth', target: { kind: 'exact', value: -2.5 } }),
    );
    expect(plan.items[0]?.target?.kind).toBe('exact');
  });

  it('checks a negative baseline even when another field of the item is bad', () => {
    expect(problems(item({ label: 5, baseline: -48 }))).toMatchInlineSnapshot(`
      [
        "items.0.label: expected string; received 5",
        "items.0.baseline: expected a count (measure "count") that is not negative; received "-48"",
      ]
    `);
  });

  it('an item that is null', () => {
    expect(problems(doc([null]))).toMatchInlineSnapshot(`
      [
        "items.0: expected object; received null",
      ]
    `);
  });

  it('an item that is missing from a sparse list, or a number', () => {
    expect(problems(doc([undefined, 5]))).toMatchInlineSnapshot(`
      [
        "items.0: expected object; received nothing (the field is missing)",
        "items.1: expected object; received 5",
      ]
    `);
  });

  it('items that are not an array', () => {
    expect(problems(doc(null))).toMatchInlineSnapshot(`
      [
        "items: expected array; received null",
      ]
    `);
  });

  it('duplicate ids: only string ids are compared, long ids are shortened past 60 characters', () => {
    expect(
      problems(
        doc([
          { id: 5, indicator: 'party-admissions' },
          { id: 5, indicator: 'party-admissions' },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.0.id: expected string; received 5",
        "items.1.id: expected string; received 5",
      ]
    `);
    const id60 = 'a'.repeat(60);
    const id61 = 'b'.repeat(61);
    expect(
      problems(
        doc([
          { id: id60, indicator: 'party-admissions' },
          { id: id60, indicator: 'party-admissions' },
          { id: id61, indicator: 'party-admissions' },
          { id: id61, indicator: 'party-admissions' },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "items.1.id: expected a unique item id; "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is already used by items[0]; received "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"",
        "items.3.id: expected a unique item id; "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…" is already used by items[2]; received "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…" (61 characters)",
      ]
    `);
  });

  it('a published scorecard: pending is counted, a full scorecard is fine', () => {
    expect(
      problems(doc([], { published: { total: 10, attained: 8, pending: 3 } })),
    ).toMatchInlineSnapshot(`
      [
        "published.attained: expected attained + notMet + pending (11) not to exceed total (10); received 8",
      ]
    `);
    expect(parsePlan(doc([], { published: { total: 10, attained: 10 } })).published).toEqual({
      total: 10,
      attained: 10,
    });
  });
});
