import { afterEach, describe, expect, it } from 'vitest';
import { type AdmissionRecord, probationDue, probationEndDate } from '../../src/party/probation.js';
import { caught } from '../support/caught.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('probationEndDate', () => {
  it('a member admitted on 26/3/2021 completes 12 months of probation on 26/3/2022', () => {
    expect(probationEndDate('2021-03-26')).toBe('2022-03-26');
  });

  it('a ceremony on 29 February ends on 28 February', () => {
    expect(probationEndDate('2020-02-29')).toBe('2021-02-28');
  });

  describe('edge cases', () => {
    it('rejects dates that are not real calendar days, at admittedOn', () => {
      for (const bad of ['2021-02-29', '2021-13-01', '26/3/2021', '', '2021-3-26']) {
        const e = caught(() => probationEndDate(bad));
        expect([e.code, e.path]).toEqual(['invalid-argument', ['admittedOn']]);
      }
    });

    it('is the same in every time zone', () => {
      for (const tz of [
        'UTC',
        'Asia/Ho_Chi_Minh',
        'America/Sao_Paulo',
        'Pacific/Apia',
        'Europe/London',
      ]) {
        process.env.TZ = tz;
        expect(probationEndDate('2021-10-31')).toBe('2022-10-31');
        expect(probationEndDate('2021-03-28')).toBe('2022-03-28');
      }
    });
  });
});

describe('probationDue', () => {
  const admissions: AdmissionRecord[] = [
    { id: 'A', admittedOn: '2021-03-26' },
    { id: 'B', admittedOn: '2021-09-02' },
    { id: 'C', admittedOn: '2021-01-15' },
    { admittedOn: '2021-06-30' },
    { id: 'E', admittedOn: '2021-07-01' },
  ];

  it('lists the members due in the first half of 2022, by due date', () => {
    const result = probationDue(admissions, { kind: 'half', year: 2022, half: 1 });
    expect(result).toEqual({
      start: '2022-01-01',
      end: '2022-06-30',
      count: 3,
      due: [
        { id: 'C', index: 2, admittedOn: '2021-01-15', dueOn: '2022-01-15' },
        { id: 'A', index: 0, admittedOn: '2021-03-26', dueOn: '2022-03-26' },
        { id: null, index: 3, admittedOn: '2021-06-30', dueOn: '2022-06-30' },
      ],
    });
  });

  it('takes a date range with both ends included', () => {
    const result = probationDue(admissions, { start: '2022-06-30', end: '2022-07-01' });
    expect(result.due.map((d) => d.index)).toEqual([3, 4]);
  });

  describe('edge cases', () => {
    it('keeps input order for members due the same day', () => {
      const result = probationDue(
        [
          { id: 'X', admittedOn: '2021-05-05' },
          { id: 'Y', admittedOn: '2021-05-05' },
        ],
        { kind: 'year', year: 2022 },
      );
      expect(result.due.map((d) => d.id)).toEqual(['X', 'Y']);
    });

    it('an empty list has no one due', () => {
      expect(probationDue([], { kind: 'year', year: 2022 }).count).toBe(0);
    });

    it('rejects a bad admission at its path', () => {
      const e = caught(() =>
        probationDue([{ id: 'A', admittedOn: '2021-02-30' }], { kind: 'year', year: 2022 }),
      );
      expect([e.code, e.path]).toEqual(['invalid-argument', ['admissions', 0, 'admittedOn']]);
      expect(
        caught(() =>
          probationDue([{ id: '', admittedOn: '2021-01-01' }], { kind: 'year', year: 2022 }),
        ).path,
      ).toEqual(['admissions', 0, 'id']);
      expect(caught(() => probationDue('x' as never, { kind: 'year', year: 2022 })).path).toEqual([
        'admissions',
      ]);
    });

    it('rejects a bad period or a range that ends before it starts', () => {
      const backwards = caught(() =>
        probationDue(admissions, { start: '2022-07-01', end: '2022-06-30' }),
      );
      expect([backwards.code, backwards.path]).toEqual(['invalid-period', ['period', 'end']]);
      expect(
        caught(() => probationDue(admissions, { start: '2022-7-1', end: '2022-12-31' })).path,
      ).toEqual(['period', 'start']);
      expect(
        caught(() => probationDue(admissions, { kind: 'half', year: 2022, half: 3 } as never)).code,
      ).toBe('invalid-period');
      expect(caught(() => probationDue(admissions, null as never)).path).toEqual(['period']);
    });

    it('a range of one day is allowed', () => {
      const result = probationDue(admissions, { start: '2022-06-30', end: '2022-06-30' });
      expect([result.start, result.end, result.count]).toEqual(['2022-06-30', '2022-06-30', 1]);
      expect(result.due.map((d) => d.index)).toEqual([3]);
    });

    it('says what it expected of the period, the range and the admissions', () => {
      const period = caught(() => probationDue(admissions, null as never));
      expect(period.message).toContain('expected a period or a date range ({ start, end })');
      const end = caught(() => probationDue(admissions, { start: '2022-01-01', end: '2022-6-30' }));
      expect([end.code, end.path]).toEqual(['invalid-argument', ['period', 'end']]);
      const backwards = caught(() =>
        probationDue(admissions, { start: '2022-07-01', end: '2022-06-30' }),
      );
      expect(backwards.message).toContain(
        'expected a date range whose end is not before its start; received "2022-06-30"',
      );
      const list = caught(() => probationDue('x' as never, { kind: 'year', year: 2022 }));
      expect(list.message).toContain('expected an array of admissions ({ id?, admittedOn })');
      const entry = caught(() =>
        probationDue([{ admittedOn: '2021-01-01' }, '2021-02-01' as never], {
          kind: 'year',
          year: 2022,
        }),
      );
      expect([entry.code, entry.path]).toEqual(['invalid-argument', ['admissions', 1]]);
      expect(entry.message).toContain('expected an admission ({ id?, admittedOn })');
    });
  });

  it('does not mutate its input', () => {
    const input = structuredClone(admissions);
    const period = { start: '2022-01-01', end: '2022-12-31' };
    probationDue(input, period);
    expect(input).toEqual(admissions);
    expect(period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});
