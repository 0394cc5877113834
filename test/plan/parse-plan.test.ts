import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { indicators } from '../../src/indicator/catalogue.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

const admissions = {
  id: 'admissions',
  indicator: 'party-admissions',
  label: 'kết nạp đảng viên mới',
  target: 'trên 150 đảng viên',
  actual: 169,
  baseline: 48,
  baselineLabel: 'năm 2020',
};

function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'huong-khe-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: [admissions],
    ...overrides,
  };
}

function withItem(item: Record<string, unknown>): Record<string, unknown> {
  return doc({ items: [{ id: 'x', indicator: 'party-admissions', ...item }] });
}

/** The paths of every issue parsePlan reports for `json` (it must throw invalid-plan). */
function issuePaths(json: unknown): (string | number)[][] {
  try {
    parsePlan(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    const e = error as ChitieuError;
    expect(e.code).toBe('invalid-plan');
    const issues = e.details.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    expect(e.path).toEqual(issues[0]?.path);
    return issues.map((i) => [...i.path]);
  }
  throw new Error('parsePlan accepted a bad plan');
}

const TOO_LONG = `trên ${'1'.repeat(3)} ${'đảng viên '.repeat(60)}`;

/** Bad plan documents and the path of every problem in each. */
const badDocuments: readonly [string, unknown, (string | number)[][]][] = [
  ['the document is null', null, [[]]],
  ['the document is a string', 'kế hoạch', [[]]],
  ['the document is an array', [doc()], [[]]],
  ['the title is missing', doc({ title: undefined }), [['title']]],
  ['the title is a number', doc({ title: 2021 }), [['title']]],
  ['the issuer is empty', doc({ issuer: '' }), [['issuer']]],
  ['items is an object, not an array', doc({ items: { 0: admissions } }), [['items']]],
  ['items is null', doc({ items: null }), [['items']]],
  [
    'the period has an unknown kind',
    doc({ period: { kind: 'decade', year: 2021 } }),
    [['period', 'kind']],
  ],
  ['the period is an array', doc({ period: [2021] }), [['period']]],
  [
    'the period has a third half',
    doc({ period: { kind: 'half', year: 2021, half: 3 } }),
    [['period', 'half']],
  ],
  ['an item is an array', doc({ items: [['admissions', 169]] }), [['items', 0]]],
  ['an item is a string', doc({ items: [admissions, 'budget'] }), [['items', 1]]],
  ['an item has no id', withItem({ id: undefined }), [['items', 0, 'id']]],
  ['an item id is empty', withItem({ id: '' }), [['items', 0, 'id']]],
  [
    'two items share an id (the later ones are reported)',
    doc({ items: [admissions, { ...admissions }, { ...admissions, id: 'b' }, { ...admissions }] }),
    [
      ['items', 1, 'id'],
      ['items', 3, 'id'],
    ],
  ],
  ['an item has no indicator', withItem({ indicator: undefined }), [['items', 0, 'indicator']]],
  [
    'a catalogue id is unknown',
    withItem({ indicator: 'party-admission' }),
    [['items', 0, 'indicator']],
  ],
  [
    'a catalogue id names an Object property',
    withItem({ indicator: 'constructor' }),
    [['items', 0, 'indicator']],
  ],
  [
    'a catalogue id is __proto__',
    withItem({ indicator: '__proto__' }),
    [['items', 0, 'indicator']],
  ],
  [
    'an inline indicator has an unknown measure',
    withItem({
      indicator: {
        id: 'x',
        name: 'X',
        unit: null,
        measure: 'percent',
        direction: 'higher-is-better',
      },
    }),
    [['items', 0, 'indicator', 'measure']],
  ],
  [
    'an inline indicator lacks its name and has an unknown field',
    withItem({
      indicator: {
        id: 'x',
        unit: null,
        measure: 'count',
        direction: 'higher-is-better',
        colour: 'red',
      },
    }),
    [
      ['items', 0, 'indicator'],
      ['items', 0, 'indicator', 'name'],
    ],
  ],
  [
    'an indicator is an array',
    withItem({ indicator: ['party-admissions'] }),
    [['items', 0, 'indicator']],
  ],
  [
    'a target phrase cannot be read',
    withItem({ target: 'phấn đấu làm tốt' }),
    [['items', 0, 'target']],
  ],
  ['a target phrase is too long', withItem({ target: TOO_LONG }), [['items', 0, 'target']]],
  [
    'a target phrase whose meaning is open ("giảm dưới 2%")',
    withItem({ indicator: 'near-poverty-rate', target: 'hộ cận nghèo giảm dưới 2%' }),
    [['items', 0, 'target']],
  ],
  ['a target phrase is blank', withItem({ target: '   ' }), [['items', 0, 'target']]],
  [
    'a target has an unknown kind',
    withItem({ target: { kind: 'between', value: 1 } }),
    [['items', 0, 'target', 'kind']],
  ],
  [
    'a range target is upside down',
    withItem({ target: { kind: 'range', min: 5, max: 1 } }),
    [['items', 0, 'target', 'max']],
  ],
  [
    'a target value is not a number',
    withItem({ target: { kind: 'exact', value: 'nhiều' } }),
    [['items', 0, 'target', 'value']],
  ],
  [
    'a count target is negative',
    withItem({ target: { kind: 'exact', value: -150 } }),
    [['items', 0, 'target', 'value']],
  ],
  [
    'a count actual is negative',
    withItem({ target: 'trên 150', actual: -169 }),
    [['items', 0, 'actual']],
  ],
  [
    'a count baseline is negative',
    withItem({ actual: 169, baseline: -48 }),
    [['items', 0, 'baseline']],
  ],
  ['an actual is in Vietnamese notation', withItem({ actual: '3,96' }), [['items', 0, 'actual']]],
  ['an actual is not finite', withItem({ actual: 'Infinity' }), [['items', 0, 'actual']]],
  ['an actual is a boolean', withItem({ actual: true }), [['items', 0, 'actual']]],
  ['a group is unknown', withItem({ group: 'culture' }), [['items', 0, 'group']]],
  [
    'a reported status is unknown',
    withItem({ reportedStatus: 'done' }),
    [['items', 0, 'reportedStatus']],
  ],
  [
    'a bound contradicts the indicator direction ("trên 4%" on the poverty rate)',
    withItem({ indicator: 'poverty-rate', target: 'trên 4%' }),
    [['items', 0, 'target']],
  ],
  [
    'a change in points is set on a count',
    withItem({
      target: {
        kind: 'change',
        direction: 'increase',
        by: { kind: 'exact', value: 2 },
        basis: 'points',
      },
    }),
    [['items', 0, 'target']],
  ],
  [
    'a target phrase is in another unit',
    withItem({ target: 'trên 150 xã' }),
    [['items', 0, 'target']],
  ],
  [
    'a percent change is measured from 0',
    withItem({ indicator: 'budget-revenue', target: 'tăng 10% so với năm trước', baseline: 0 }),
    [['items', 0, 'baseline']],
  ],
  [
    'an evaluation setting is unknown',
    withItem({ evaluation: { rounding: 'truncate' } }),
    [['items', 0, 'evaluation']],
  ],
  [
    'a tolerance is negative',
    withItem({ evaluation: { tolerance: -0.1 } }),
    [['items', 0, 'evaluation', 'tolerance']],
  ],
  ['an item has a misspelt field', withItem({ actaul: 169 }), [['items', 0]]],
  ['the plan has an unknown field', doc({ year: 2021 }), [[]]],
  [
    'the published scorecard counts more than its total',
    doc({ published: { total: 31, attained: 32 } }),
    [['published', 'attained']],
  ],
  [
    'the published total is a fraction',
    doc({ published: { total: 31.5, attained: 18 } }),
    [['published', 'total']],
  ],
  [
    '__proto__ at the top of a JSON document',
    JSON.parse(
      '{"id":"p","title":"t","issuer":"i","period":{"kind":"year","year":2021},"items":[],"__proto__":{"polluted":true}}',
    ),
    [[]],
  ],
  [
    '__proto__ and constructor inside an item and its indicator',
    JSON.parse(
      '{"id":"p","title":"t","issuer":"i","period":{"kind":"year","year":2021},"items":[{"id":"a","indicator":{"id":"x","name":"X","unit":null,"measure":"count","direction":"higher-is-better","__proto__":{"measure":"rate"}},"constructor":{"prototype":{}}}]}',
    ),
    [
      ['items', 0, 'indicator'],
      ['items', 0],
    ],
  ],
];

describe('parsePlan', () => {
  it('reads a plan: catalogue ids resolved, target phrases read, numbers as Decimals', () => {
    const plan = parsePlan(doc());
    const [item] = plan.items;
    expect(item?.indicator).toBe(indicators.partyAdmissions);
    expect(item?.target).toEqual({ kind: 'at-least', value: new Decimal(150), strict: true });
    expect(item?.targetText).toBe('trên 150 đảng viên');
    expect(item?.actual).toBeInstanceOf(Decimal);
    expect(item?.actual?.toString()).toBe('169');
    expect(item?.baseline?.toString()).toBe('48');
    expect(plan.period).toEqual({ kind: 'year', year: 2021 });
  });

  it('reads a rate target with the indicator measure: "giảm 1–1,5%" on the poverty rate is in points', () => {
    const plan = parsePlan(withItem({ indicator: 'poverty-rate', target: 'giảm 1–1,5%' }));
    expect(plan.items[0]?.target).toMatchObject({
      kind: 'change',
      direction: 'decrease',
      basis: 'points',
    });
  });

  it('drops null fields and keeps absent ones absent', () => {
    const plan = parsePlan(withItem({ target: null, actual: null, baseline: null }));
    expect(Object.keys(plan.items[0] ?? {})).toEqual(['id', 'indicator']);
  });

  it('freezes the plan, its items and each item', () => {
    const plan = parsePlan(doc());
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.items)).toBe(true);
    expect(Object.isFrozen(plan.items[0])).toBe(true);
  });

  describe('rejects bad plan documents with invalid-plan and the path of every bad field', () => {
    it('has more than 20 documents to check', () => {
      expect(badDocuments.length).toBeGreaterThan(20);
    });

    for (const [name, json, paths] of badDocuments) {
      it(name, () => {
        expect(issuePaths(json)).toEqual(paths);
      });
    }
  });

  it('reports every bad field of a document at once, not just the first', () => {
    const json = doc({
      title: 7,
      items: [
        { id: 'a', indicator: 'nope', target: 'phấn đấu làm tốt', actual: -3 },
        { id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: -1, label: 5 },
      ],
    });
    expect(issuePaths(json)).toEqual([
      ['title'],
      ['items', 0, 'indicator'],
      ['items', 0, 'target'],
      ['items', 1, 'label'],
      ['items', 1, 'actual'],
      ['items', 1, 'id'],
    ]);
  });

  it('never leaks a zod error, and names the problems in its message', () => {
    expect(() =>
      parsePlan(withItem({ indicator: 'party-admission', actual: '3,96' })),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid plan (kế hoạch): expected a plan (kế hoạch): { id, title, issuer, period, items: [{ id, indicator, target?, actual?, baseline?, … }] }; 2 problems: items[0].indicator: expected the id of a catalogue indicator ("party-admissions", "poverty-rate", …) or an inline indicator object; received "party-admission"; items[0].actual: expected a finite number or a numeric string in JavaScript notation ("51.5"); received "3,96"]`,
    );
  });

  it('does not let __proto__ reach the prototype of anything', () => {
    const json = JSON.parse(
      '{"id":"p","title":"t","issuer":"i","period":{"kind":"year","year":2021},"items":[],"__proto__":{"polluted":true}}',
    );
    expect(() => parsePlan(json)).toThrow(ChitieuError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ok = parsePlan({ ...doc(), items: [{ ...admissions, id: '__proto__' }] });
    expect(ok.items[0]?.id).toBe('__proto__');
    expect(Object.getPrototypeOf(ok.items[0])).toBe(Object.prototype);
  });

  describe('edge cases', () => {
    it('accepts a plan with no items', () => {
      expect(parsePlan(doc({ items: [] })).items).toEqual([]);
    });

    it('accepts an inline indicator, numbers as JavaScript-notation strings, and a target object', () => {
      const plan = parsePlan(
        withItem({
          indicator: {
            id: 'food-output',
            name: 'Tổng sản lượng lương thực',
            unit: 'tấn',
            measure: 'amount',
            direction: 'higher-is-better',
          },
          target: { kind: 'approximately', value: '52000.5' },
          actual: '51234.25',
        }),
      );
      expect(plan.items[0]?.target).toEqual({
        kind: 'approximately',
        value: new Decimal('52000.5'),
      });
      expect(plan.items[0]?.actual?.toString()).toBe('51234.25');
    });

    it('keeps a published target phrase given beside a target object', () => {
      const plan = parsePlan(
        withItem({ target: '2 đảng viên', targetText: 'kết nạp thêm 2 đảng viên' }),
      );
      expect(plan.items[0]?.targetText).toBe('kết nạp thêm 2 đảng viên');
    });

    it('allows negative figures where the measure is not a count (a growth rate)', () => {
      const plan = parsePlan(withItem({ indicator: 'production-value-growth', actual: '-2.5' }));
      expect(plan.items[0]?.actual?.toString()).toBe('-2.5');
    });

    it('accepts an item without a target (a figure reported without a plan)', () => {
      expect(parsePlan(withItem({ actual: 169 })).items[0]?.target).toBeUndefined();
    });
  });

  it('is idempotent on its own JSON output', () => {
    const ids = Object.values(indicators).map((i) => i.id);
    const phrases: Record<string, readonly string[]> = {
      count: ['trên 150', 'ít nhất 2', 'từ 90 đến 100', 'khoảng 3.200', 'có thêm 2', 'dưới 5'],
      amount: ['trên 51,5', 'đạt 72', 'khoảng 3.200', 'tăng 10% so với năm trước', 'từ 3 đến 4'],
      rate: ['trên 13%', 'dưới 4%', 'giảm 1–1,5%', 'đạt 100%', 'từ 12 đến 13%'],
    };
    const itemArb = fc
      .record({
        indicatorId: fc.constantFrom(...ids),
        phraseIndex: fc.nat(),
        actual: fc.option(fc.integer({ min: 0, max: 10 ** 6 }), { nil: undefined }),
        baseline: fc.option(fc.integer({ min: 1, max: 10 ** 6 }), { nil: undefined }),
        scale: fc.constantFrom(0, 1, 2),
        note: fc.option(fc.string(), { nil: undefined }),
        group: fc.option(fc.constantFrom('economy', 'society', 'defence'), { nil: undefined }),
      })
      .map((r) => {
        const indicator = Object.values(indicators).find((i) => i.id === r.indicatorId);
        const pool = (phrases[indicator?.measure ?? 'count'] ?? []).filter((p) => {
          if (indicator?.direction === 'lower-is-better') return !/^(trên|ít nhất)/.test(p);
          return !/^dưới/.test(p) && !/giảm/.test(p);
        });
        const target = pool[r.phraseIndex % pool.length];
        return {
          indicator: r.indicatorId,
          ...(target === undefined ? {} : { target }),
          ...(r.actual === undefined
            ? {}
            : { actual: new Decimal(r.actual).div(10 ** r.scale).toString() }),
          ...(r.baseline === undefined ? {} : { baseline: r.baseline }),
          ...(r.note === undefined ? {} : { note: r.note }),
          ...(r.group === undefined ? {} : { group: r.group }),
        };
      });
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 8 }),
        fc.integer({ min: 2000, max: 2030 }),
        (items, year) => {
          const first = parsePlan(
            doc({
              period: { kind: 'year', year },
              items: items.map((item, i) => ({ id: `i${i}`, ...item })),
            }),
          );
          const again = parsePlan(JSON.parse(JSON.stringify(first)));
          expect(again).toEqual(first);
          expect(JSON.stringify(again)).toBe(JSON.stringify(first));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not mutate its input', () => {
    const json = doc({ items: [{ ...admissions }] });
    const copy = structuredClone(json);
    parsePlan(json);
    expect(json).toEqual(copy);
  });
});

describe('parsePlan and phrases whose meaning is open', () => {
  it('refuses "giảm dưới 2%" (a level or a change?) with the reason, not a guess', () => {
    try {
      parsePlan(withItem({ indicator: 'near-poverty-rate', target: 'giảm dưới 2%' }));
      throw new Error('parsePlan accepted it');
    } catch (error) {
      expect((error as ChitieuError).message).toContain('ambiguous-target');
      expect((error as ChitieuError).message).toContain('giảm dưới');
    }
  });

  it('reads "giảm xuống dưới 2%", which says it is the level', () => {
    const plan = parsePlan(
      withItem({ indicator: 'near-poverty-rate', target: 'giảm xuống dưới 2%' }),
    );
    expect(plan.items[0]?.target).toMatchObject({ kind: 'at-most', strict: true });
  });
});
