import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

function doc(overrides: Record<string, unknown> = {}, item: Record<string, unknown> = {}) {
  return {
    id: 'huong-khe-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: [
      {
        id: 'models',
        indicator: {
          id: 'models',
          name: 'Mô hình kinh tế',
          measure: 'count',
          unit: 'mô hình',
          direction: 'higher-is-better',
        },
        target: 'đạt 3.500 mô hình',
        actual: 3365,
        ...item,
      },
    ],
    ...overrides,
  };
}

function issues(json: unknown): { path: string; message: string }[] {
  try {
    parsePlan(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    const list = (error as ChitieuError).details.issues ?? [];
    return list.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }
  throw new Error('parsePlan accepted the document');
}

describe('parsePlan: figures beside Vietnamese phrases', () => {
  it('refuses an actual or baseline written "3.365", which reads two ways', () => {
    expect(issues(doc({}, { actual: '3.365' }))).toEqual([
      {
        path: 'items.0.actual',
        message: expect.stringContaining('but 3365 in Vietnamese notation'),
      },
    ]);
    expect(issues(doc({}, { baseline: '3.268' }))[0]?.path).toBe('items.0.baseline');
  });

  it('reads numbers and unambiguous strings', () => {
    expect(parsePlan(doc({}, { actual: '3365' })).items[0]?.actual?.toString()).toBe('3365');
    expect(parsePlan(doc({}, { actual: '49.22' })).items[0]?.actual?.toString()).toBe('49.22');
  });
});

describe('parsePlan: blank text', () => {
  it.each([
    ['title', { title: '   ' }, 'title'],
    ['issuer', { issuer: '\u200b' }, 'issuer'],
    ['id', { id: ' ' }, 'id'],
  ])('refuses a %s of only spaces', (_name, overrides, path) => {
    expect(issues(doc(overrides)).map((i) => i.path)).toEqual([path]);
  });

  it.each([
    ['label', { label: '   ' }, 'items.0.label'],
    ['baselineLabel', { baselineLabel: '\u00a0' }, 'items.0.baselineLabel'],
    ['targetText', { targetText: '  ' }, 'items.0.targetText'],
    ['target phrase', { target: '   ' }, 'items.0.target'],
  ])('refuses an item %s of only spaces', (_name, item, path) => {
    expect(issues(doc({}, item)).map((i) => i.path)).toEqual([path]);
  });

  it('refuses an inline indicator whose name or unit is blank', () => {
    const indicator = {
      id: 'models',
      name: '  ',
      measure: 'count',
      unit: ' ',
      direction: 'higher-is-better',
    };
    expect(issues(doc({}, { indicator })).map((i) => i.path)).toEqual([
      'items.0.indicator.name',
      'items.0.indicator.unit',
    ]);
  });
});

describe('parsePlan: units that count the same thing', () => {
  const admissions = (target: string) => ({
    id: 'p',
    title: 'Kết quả',
    issuer: 'Huyện ủy',
    period: { kind: 'year', year: 2021 },
    items: [{ id: 'a', indicator: 'party-admissions', target, actual: 16 }],
  });

  it('reads "15 đồng chí" as a target of party admissions (đồng chí counts members)', () => {
    const plan = parsePlan(admissions('kết nạp trên 15 đồng chí'));
    expect(plan.items[0]?.target).toMatchObject({ kind: 'at-least', strict: true });
  });

  it('still refuses a unit that counts something else', () => {
    expect(issues(admissions('kết nạp 15 hộ'))[0]?.message).toContain('unit-mismatch');
  });
});
