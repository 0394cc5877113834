import { describe, expect, it } from 'vitest';
import type { ChitieuError } from '../../src/errors.js';
import { checkAdmissionAge } from '../../src/party/admission-age.js';

describe('checkAdmissionAge', () => {
  it('a person is eligible from the day they turn 18', () => {
    const check = checkAdmissionAge('2003-06-15', '2021-06-15');
    expect(check).toEqual({
      eligible: true,
      status: 'eligible',
      requiresSpecialApproval: false,
      ageMonths: 216,
      age: { years: 18, months: 0 },
      minAgeMonths: 216,
      maxAgeMonths: 720,
      birthDate: '2003-06-15',
      consideredOn: '2021-06-15',
    });
  });

  it('the day before the 18th birthday is under age', () => {
    const check = checkAdmissionAge('2003-06-15', '2021-06-14');
    expect([check.eligible, check.status, check.ageMonths]).toEqual([false, 'under-age', 215]);
  });

  it('"đủ 60 tuổi (tính theo tháng)": eligible through 60 years and 0 completed months', () => {
    expect(checkAdmissionAge('1961-03-10', '2021-03-10').status).toBe('eligible');
    expect(checkAdmissionAge('1961-03-10', '2021-04-09').status).toBe('eligible');
    const over = checkAdmissionAge('1961-03-10', '2021-04-10');
    expect([over.status, over.eligible, over.requiresSpecialApproval]).toEqual([
      'over-age',
      false,
      true,
    ]);
    expect(over.age).toEqual({ years: 60, months: 1 });
  });

  describe('edge cases', () => {
    it('a 29 February birthday turns 18 on 28 February', () => {
      expect(checkAdmissionAge('2004-02-29', '2022-02-28').status).toBe('eligible');
      expect(checkAdmissionAge('2004-02-29', '2022-02-27').status).toBe('under-age');
    });

    it('a birth on the day considered is 0 months old, under age', () => {
      const check = checkAdmissionAge('2021-06-15', '2021-06-15');
      expect([check.status, check.ageMonths, check.age]).toEqual([
        'under-age',
        0,
        { years: 0, months: 0 },
      ]);
    });

    it('rejects a birth date after the day considered, and unreal dates', () => {
      try {
        checkAdmissionAge('2021-06-16', '2021-06-15');
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['birthDate']);
        expect((error as ChitieuError).message).toContain(
          'expected a birth date on or before the day considered; received "2021-06-16"',
        );
      }
      expect(() =>
        checkAdmissionAge('2003-02-30', '2021-06-15'),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at birthDate: expected a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date; received "2003-02-30"]`,
      );
      try {
        checkAdmissionAge('2003-01-30', '2021-6-15');
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['consideredOn']);
      }
    });
  });

  it('does not mutate its input', () => {
    const birth = '2003-06-15';
    checkAdmissionAge(birth, '2021-06-15');
    expect(birth).toBe('2003-06-15');
  });
});
