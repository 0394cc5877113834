import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import { resolveCriteriaSet } from '../../src/ntm/get-criteria-set.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';

const s2022 = criteriaSets['ntm-commune-2022'];
const district = criteriaSets['ntm-district-2022'];
const [first, second] = s2022.criteria;

const notASet =
  '[chitieu] Invalid argument at set: expected a criteria set (bộ tiêu chí) with an id, a level, numbered criteria and a qualification rule, or a set id; received an object';

/** The district set, renamed, with its first qualification condition's minPercent replaced. */
function withFirstMinPercent(minPercent: unknown) {
  const [c0, ...rest] = district.qualification.conditions;
  return {
    ...district,
    name: 'X',
    qualification: {
      ...district.qualification,
      conditions: [{ ...c0, minPercent }, ...rest],
    },
  };
}

function resolve(set: unknown) {
  return resolveCriteriaSet(set as CriteriaSet, ['set']);
}

describe('resolveCriteriaSet: the structural check of a custom set', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an id that is not text', { id: 5 }],
    ['a level that is neither commune nor district', { level: 'province' }],
    ['criteria that are not a list', { criteria: 'all' }],
    ['a criterion that is null', { criteria: [first, null] }],
    ['a criterion whose id is not text', { criteria: [first, { ...second, id: 2 }] }],
    [
      'a criterion whose number is not an integer',
      { criteria: [first, { ...second, number: 2.5 }] },
    ],
    ['a criterion with no name', { criteria: [first, { ...second, name: undefined }] }],
    ['no qualification', { qualification: null }],
    ['a qualification that is text', { qualification: 'all 19' }],
    [
      'a qualification that is a function',
      { qualification: Object.assign(() => true, s2022.qualification) },
    ],
    [
      'a minimum that is not an integer',
      { qualification: { ...s2022.qualification, minimumCriteria: '19' } },
    ],
    [
      'conditions that are not a list',
      { qualification: { ...s2022.qualification, conditions: null } },
    ],
  ];
  for (const [what, change] of cases) {
    it(`rejects ${what} at the set's own path`, () => {
      const e = caught(() => resolve({ ...s2022, name: 'X', ...change }));
      expect([e.code, e.path, e.message]).toEqual(['invalid-argument', ['set'], notASet]);
    });
  }

  it('reads a set that passes the check but not the schema at the bad field', () => {
    const bad = { ...s2022, name: 'X', decision: null };
    expect(() => resolve(bad)).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument: expected a criteria set (bộ tiêu chí) as criteriaSetSchema describes it; 1 problem: set.decision: expected object; received null]`,
    );
  });
});

describe('resolveCriteriaSet: figures of a custom set', () => {
  it('returns the set as given when its minPercent figures are chitieu Decimals', () => {
    const custom = { ...district, name: 'Bộ tiêu chí huyện tỉnh X' };
    expect(custom.level).toBe('district');
    expect(resolve(custom)).toBe(custom);
  });

  it('returns the normalised set when a minPercent is a plain number', () => {
    const custom = withFirstMinPercent(100);
    const r = resolve(custom);
    expect(r).not.toBe(custom);
    expect(r.qualification.conditions[0]?.minPercent).toBeInstanceOf(Decimal);
    expect(r.qualification.conditions[0]?.minPercent.toString()).toBe('100');
  });
});

describe('resolveCriteriaSet: odd criteria and foreign Decimals', () => {
  it('rejects a criterion that is a function, even one with an id, a number and a name', () => {
    const fn = Object.assign(() => undefined, { id: 'planning', number: 1, verified: true });
    expect(typeof fn.name).toBe('string');
    const e = caught(() => resolve({ ...s2022, name: 'X', criteria: [fn] }));
    expect([e.code, e.path, e.message]).toEqual(['invalid-argument', ['set'], notASet]);
  });

  it('a minPercent from another decimal.js clone is read into a chitieu Decimal', () => {
    const Other = Decimal.clone();
    const foreign = new Other(100);
    expect(foreign instanceof Decimal).toBe(true);
    const custom = withFirstMinPercent(foreign);
    const r = resolve(custom);
    expect(r).not.toBe(custom);
    expect(r.qualification.conditions[0]?.minPercent.constructor).toBe(Decimal);
    expect(r.qualification.conditions[0]?.minPercent.toString()).toBe('100');
  });
});
