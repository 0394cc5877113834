import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inspectionTally } from '../../src/party/inspection-tally.js';
import {
  type InspectionFigures,
  inspectionTallySchema,
} from '../../src/party/inspection-tally-schema.js';
import { caught } from '../support/caught.js';

const y2021: InspectionFigures = {
  inspected: { organisations: 222, members: 39 },
  disciplined: { organisations: 1, members: 98 },
};
// Illustrative previous-year figures.
const y2020: InspectionFigures = {
  inspected: { organisations: 200, members: 45 },
  disciplined: { organisations: 1, members: 90 },
};

describe('inspectionTally', () => {
  it('keeps the four counts of a year: 222 and 39 inspected, 1 and 98 disciplined', () => {
    const t = inspectionTally(y2021, { period: { kind: 'year', year: 2021 } });
    expect(t.current).toEqual(y2021);
    expect(t.period).toEqual({ kind: 'year', year: 2021 });
    expect([t.previous, t.previousPeriod, t.change]).toEqual([null, null, null]);
  });

  it('gives the year-on-year change of each count, in units', () => {
    const t = inspectionTally(y2021, { period: { kind: 'year', year: 2021 }, previous: y2020 });
    expect(t.change?.inspected.organisations.absolute.toString()).toBe('22');
    expect(t.change?.inspected.organisations.relative?.toString()).toBe('11');
    expect(t.change?.inspected.members.direction).toBe('decrease');
    expect(t.change?.disciplined.organisations.direction).toBe('unchanged');
    expect(t.change?.disciplined.members.absolute.toString()).toBe('8');
    expect(t.change?.disciplined.members.unit).toBe('units');
    expect(t.previousPeriod).toEqual({ kind: 'year', year: 2020 });
  });

  it('takes a named previous period', () => {
    const t = inspectionTally(y2021, {
      period: { kind: 'year', year: 2021 },
      previous: y2020,
      previousPeriod: { kind: 'year', year: 2019 },
    });
    expect(t.previousPeriod).toEqual({ kind: 'year', year: 2019 });
  });

  describe('edge cases', () => {
    it('discipline may exceed the number inspected (98 > 39)', () => {
      expect(() => inspectionTally(y2021)).not.toThrow();
    });

    it('a previous count of 0 has no relative change', () => {
      const zero = {
        inspected: { organisations: 0, members: 0 },
        disciplined: { organisations: 0, members: 0 },
      };
      const t = inspectionTally(y2021, { previous: zero });
      expect(t.change?.disciplined.organisations.relative).toBeNull();
      expect(t.previousPeriod).toBeNull();
    });

    it('rejects bad counts and periods at their paths', () => {
      const negative = caught(() =>
        inspectionTally({ ...y2021, inspected: { organisations: -1, members: 39 } }),
      );
      expect([negative.code, negative.path]).toEqual([
        'invalid-argument',
        ['current', 'inspected', 'organisations'],
      ]);
      expect(
        caught(() =>
          inspectionTally(y2021, {
            previous: { ...y2020, disciplined: { organisations: 1, members: 2.5 } },
          }),
        ).path,
      ).toEqual(['options', 'previous', 'disciplined', 'members']);
      expect(caught(() => inspectionTally({ inspected: y2021.inspected } as never)).path).toEqual([
        'current',
        'disciplined',
      ]);
      expect(
        caught(() => inspectionTally(y2021, { period: { kind: 'month', year: 2021, month: 13 } }))
          .code,
      ).toBe('invalid-period');
    });

    it('rejects a bad previous period at its path', () => {
      const e = caught(() =>
        inspectionTally(y2021, { previous: y2020, previousPeriod: { kind: 'year', year: 20 } }),
      );
      expect([e.code, e.path]).toEqual(['invalid-period', ['options', 'previousPeriod', 'year']]);
    });

    it('says what it expected of the figures, a pair of counts and the options', () => {
      expect(caught(() => inspectionTally(null as never)).message).toContain(
        'expected inspection figures ({ inspected: { organisations, members }, disciplined: { organisations, members } })',
      );
      const pair = caught(() => inspectionTally({ ...y2021, inspected: 222 } as never));
      expect([pair.code, pair.path]).toEqual(['invalid-argument', ['current', 'inspected']]);
      expect(pair.message).toContain('expected counts of organisations and members');
      const options = caught(() => inspectionTally(y2021, 2021 as never));
      expect([options.code, options.path]).toEqual(['invalid-argument', ['options']]);
      expect(options.message).toContain('expected an options object');
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const t = inspectionTally(y2021, { period: { kind: 'year', year: 2021 }, previous: y2020 });
    expect(z.parse(inspectionTallySchema, JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('does not mutate its input', () => {
    const current = structuredClone(y2021);
    const previous = structuredClone(y2020);
    inspectionTally(current, { previous });
    expect([current, previous]).toEqual([y2021, y2020]);
  });
});
