import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { districtProgress } from '../../src/ntm/district-progress.js';
import {
  type DistrictCommunes,
  districtProgressSchema,
} from '../../src/ntm/district-progress-schema.js';
import { caught } from '../support/caught.js';

const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('districtProgress', () => {
  it('a district with 4 of the 9 criteria of QĐ 558 is "4/9 tiêu chí"', () => {
    const d = districtProgress('ntm-district-2016', [
      'planning',
      'transport',
      'electricity',
      'security-order',
    ]);
    expect(d.met).toBe(4);
    expect(d.total).toBe(9);
    expect(d.missing.map((c) => c.id)).toEqual([
      'irrigation',
      'health-culture-education',
      'production',
      'environment',
      'ntm-direction',
    ]);
    expect(d.criteriaQualify).toBe(false);
    expect(d.qualifies).toBe(false);
  });

  it('QĐ 558: all 9 criteria and 100% of communes NTM qualify the district', () => {
    const d = districtProgress('ntm-district-2016', nine, { total: 21, qualified: 21 });
    expect(d.conditions.map((c) => c.status)).toEqual(['met']);
    expect(d.conditions[0]?.actual?.toString()).toBe('100');
    expect(d.qualifies).toBe(true);
  });

  it('QĐ 558: 20 of 21 communes NTM is 95,2…%, not enough (21 needed)', () => {
    const d = districtProgress('ntm-district-2016', nine, { total: 21, qualified: 20 });
    expect(d.conditions[0]?.status).toBe('not-met');
    expect(d.conditions[0]?.actual?.toFixed(2)).toBe('95.24');
    expect(d.conditions[0]?.required).toBe(21);
    expect(d.qualifies).toBe(false);
  });

  it('QĐ 320: every condition met qualifies the district', () => {
    const d = districtProgress('ntm-district-2022', nine, {
      total: 20,
      qualified: 20,
      advanced: 2,
      towns: [{ name: 'A', met: 18, total: 18 }],
      satisfaction: 92,
      lowestCommuneSatisfaction: '80',
    });
    expect(d.conditions.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(d.qualifies).toBe(true);
    expect(d.undetermined).toEqual([]);
  });

  it('QĐ 320: 10% nâng cao of 21 communes needs 3 (2,1 rounded up); 2 is 9,52…%, not met', () => {
    const d = districtProgress('ntm-district-2022', nine, {
      total: 21,
      qualified: 21,
      advanced: 2,
      towns: [],
      satisfaction: 95,
      lowestCommuneSatisfaction: 85,
    });
    const advanced = d.conditions[1];
    expect(advanced?.required).toBe(3);
    expect(advanced?.status).toBe('not-met');
    expect(advanced?.actual?.toFixed(3)).toBe('9.524');
    expect(d.qualifies).toBe(false);
  });

  it('QĐ 320: a district with no thị trấn has the town condition not applicable', () => {
    const d = districtProgress('ntm-district-2022', nine, {
      total: 10,
      qualified: 10,
      advanced: 1,
      towns: [],
      satisfaction: 90,
      lowestCommuneSatisfaction: 80,
    });
    expect(d.conditions[2]?.status).toBe('not-applicable');
    expect(d.qualifies).toBe(true);
  });

  it('QĐ 320: a thị trấn at 8/18 tiêu chí đô thị văn minh fails the town condition', () => {
    const d = districtProgress('ntm-district-2022', nine, {
      total: 21,
      qualified: 21,
      towns: [{ name: 'Hương Khê', met: 8, total: 18 }],
    });
    expect(d.conditions[2]).toMatchObject({ status: 'not-met', required: 1 });
    expect(d.conditions[2]?.actual?.toString()).toBe('0');
  });

  it('a town recognised despite the count follows its civilised flag', () => {
    const d = districtProgress('ntm-district-2022', nine, {
      total: 1,
      qualified: 1,
      towns: [{ name: 'A', met: 17, total: 18, civilised: true }],
    });
    expect(d.conditions[2]?.status).toBe('met');
  });

  it('figures not given leave conditions unknown: qualifies is null, not a guess', () => {
    const d = districtProgress('ntm-district-2022', nine, { total: 20, qualified: 20 });
    expect(d.conditions.map((c) => c.status)).toEqual([
      'met',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(d.undetermined).toEqual([
      'communes-advanced',
      'towns-civilised',
      'resident-satisfaction',
      'lowest-commune-satisfaction',
    ]);
    expect(d.qualifies).toBeNull();
    expect(d.conditions[1]?.reason).toBe('the number of nâng cao communes was not given');
  });

  it('without commune figures every condition is unknown', () => {
    const d = districtProgress('ntm-district-2016', nine);
    expect(d.conditions[0]?.status).toBe('unknown');
    expect(d.communes).toBeNull();
    expect(d.qualifies).toBeNull();
  });

  describe('edge cases', () => {
    it('unknown criteria are unknown-criterion at their path', () => {
      const e = caught(() => districtProgress('ntm-district-2016', ['planning', 'economy']));
      expect(e.code).toBe('unknown-criterion');
      expect(e.path).toEqual(['met', 1]);
    });

    it('a commune-level set is invalid-argument', () => {
      const e = caught(() => districtProgress('ntm-commune-2022', []));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['set']);
    });

    it('more qualified communes than communes, or a percentage over 100, is invalid-argument with a path', () => {
      expect(
        caught(() => districtProgress('ntm-district-2016', [], { total: 21, qualified: 22 })).path,
      ).toEqual(['communes', 'qualified']);
      expect(
        caught(() =>
          districtProgress('ntm-district-2022', [], { total: 21, qualified: 21, advanced: 22 }),
        ).path,
      ).toEqual(['communes', 'advanced']);
      expect(
        caught(() =>
          districtProgress('ntm-district-2022', [], { total: 2, qualified: 1, satisfaction: 101 }),
        ).path,
      ).toEqual(['communes', 'satisfaction']);
      expect(
        caught(() => districtProgress('ntm-district-2016', [], { total: 0, qualified: 0 })).path,
      ).toEqual(['communes', 'total']);
    });

    it('satisfaction as a string in JavaScript notation is read exactly; Vietnamese notation is refused', () => {
      const d = districtProgress('ntm-district-2022', [], {
        total: 1,
        qualified: 1,
        satisfaction: '89.99',
      });
      expect(d.conditions[3]?.status).toBe('not-met');
      expect(
        caught(() =>
          districtProgress('ntm-district-2022', [], {
            total: 1,
            qualified: 1,
            satisfaction: '89,99',
          }),
        ).code,
      ).toBe('invalid-argument');
    });
  });

  it('does not mutate its input', () => {
    const communes: DistrictCommunes = {
      total: 21,
      qualified: 17,
      advanced: 5,
      towns: [{ name: 'A', met: 8, total: 18 }],
    };
    const copy = structuredClone(communes);
    const met = ['planning'];
    districtProgress('ntm-district-2022', met, communes);
    expect(communes).toEqual(copy);
    expect(met).toEqual(['planning']);
  });

  it('survives a JSON round trip through its schema', () => {
    const d = districtProgress('ntm-district-2022', [1, 2], {
      total: 21,
      qualified: 17,
      advanced: 5,
      satisfaction: '91.5',
    });
    const back = z.parse(districtProgressSchema, JSON.parse(JSON.stringify(d)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(d));
  });
});

describe('districtProgress: reasons and messages', () => {
  it('says why each condition is undetermined', () => {
    const reasons = (communes?: DistrictCommunes) =>
      districtProgress('ntm-district-2022', [], communes).conditions.map((c) => [
        c.status,
        c.reason,
      ]);
    expect(reasons()).toEqual(
      Array.from({ length: 5 }, () => ['unknown', 'the district’s commune figures were not given']),
    );
    expect(reasons({ total: 10, qualified: 5, advanced: 1 })).toEqual([
      ['not-met', null],
      ['met', null],
      ['unknown', 'the district’s towns (thị trấn) were not given'],
      ['unknown', 'resident satisfaction was not given'],
      ['unknown', 'the lowest commune satisfaction was not given'],
    ]);
    expect(reasons({ total: 10, qualified: 5, towns: [] })[2]).toEqual([
      'not-applicable',
      'the district has no town (thị trấn)',
    ]);
  });

  it('a commune-level set is refused with the set named', () => {
    const e = caught(() => districtProgress('ntm-commune-2022', []));
    expect(e.message).toBe(
      '[chitieu] Invalid argument at set: expected a district-level criteria set (bộ tiêu chí huyện); received "ntm-commune-2022, a commune-level set"',
    );
  });

  it('an unknown set is unknown-criteria-set at set', () => {
    const e = caught(() => districtProgress('ntm-x' as 'ntm-district-2022', []));
    expect([e.code, e.path]).toEqual(['unknown-criteria-set', ['set']]);
  });

  it('bad commune figures say which figures were expected', () => {
    const e = caught(() => districtProgress('ntm-district-2022', [], { total: 0, qualified: 0 }));
    expect(e.path).toEqual(['communes', 'total']);
    expect(e.message).toContain(
      'expected the district’s commune figures { total, qualified, advanced?, towns?, satisfaction?, lowestCommuneSatisfaction? }; 1 problem',
    );
  });

  it('as many nâng cao communes as qualified ones is allowed', () => {
    const d = districtProgress('ntm-district-2022', [], { total: 10, qualified: 5, advanced: 5 });
    expect(d.conditions[1]?.actual?.toString()).toBe('50');
  });
});
