import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ChitieuError } from '../../src/errors.js';
import { Decimal, type Numeric } from '../../src/numeric/decimal.js';
import { ratingFromScore } from '../../src/party/rating-from-score.js';
import { ratingResultSchema } from '../../src/party/rating-from-score-schema.js';
import { compareRatingLevels } from '../../src/party/rating-level.js';
import type { RatingLevel } from '../../src/party/rating-level-schema.js';
import { caught } from '../support/caught.js';

function codeAndPath(run: () => unknown): [string, readonly (string | number)[]] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return [(error as ChitieuError).code, (error as ChitieuError).path];
  }
  throw new Error('expected a ChitieuError');
}

describe('ratingFromScore', () => {
  it('a score of 92 with no conditions is Hoàn thành xuất sắc nhiệm vụ', () => {
    const r = ratingFromScore(92);
    expect(r.level).toBe('excellent');
    expect(r.label).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(r.scheme).toBe('qd-366-2025');
    expect(r.cappedBy).toBeUndefined();
    expect(r.blocked).toEqual([]);
  });

  it.each<[Numeric, RatingLevel]>([
    [0, 'not-completed'],
    ['49.99', 'not-completed'],
    [50, 'completed'],
    ['69.99', 'completed'],
    [70, 'good'],
    ['89.99', 'good'],
    [90, 'excellent'],
    [100, 'excellent'],
  ])('rates a score of %s as %s (Art. 11 bands, edges included)', (score, level) => {
    expect(ratingFromScore(score).level).toBe(level);
  });

  it('takes the scheme alone as the second argument (DESIGN §4)', () => {
    expect(ratingFromScore(70, 'qd-366-2025').level).toBe('good');
    expect(codeAndPath(() => ratingFromScore(70, 'qd-132-2018' as never))).toEqual([
      'invalid-argument',
      ['options', 'scheme'],
    ]);
  });

  it('reports the band of the score: half-open below 90, closed at 100', () => {
    const good = ratingFromScore(75).band;
    expect([good.min.toString(), good.max.toString(), good.includesMax]).toEqual([
      '70',
      '90',
      false,
    ]);
    const top = ratingFromScore(100).band;
    expect([top.min.toString(), top.max.toString(), top.includesMax]).toEqual(['90', '100', true]);
    expect(ratingFromScore(10).band.min.toString()).toBe('0');
  });

  describe('conditions only ever lower the level', () => {
    it('95 points with only 25% of tasks beyond requirement is HTTNV, capped by that share', () => {
      const r = ratingFromScore(95, { conditions: { beyondRequirementShare: 25 } });
      expect(r.level).toBe('good');
      expect(r.bandLevel).toBe('excellent');
      expect(r.cappedBy).toBe('beyondRequirementShare');
      expect(r.blocked).toEqual([{ level: 'excellent', condition: 'beyondRequirementShare' }]);
    });

    it('30% beyond requirement is enough for HTXSNV', () => {
      expect(ratingFromScore(95, { conditions: { beyondRequirementShare: 30 } }).level).toBe(
        'excellent',
      );
    });

    it('a collective whose unit or leader was disciplined cannot be HTXSNV', () => {
      const r = ratingFromScore(96, { conditions: { disciplined: true } });
      expect([r.level, r.cappedBy]).toEqual(['good', 'disciplined']);
      expect(ratingFromScore(96, { conditions: { disciplined: false } }).level).toBe('excellent');
    });

    it('tasks not all on time drop 95 points to HTNV, one level at a time', () => {
      const r = ratingFromScore(95, { conditions: { allTasksOnTime: false } });
      expect(r.level).toBe('completed');
      expect(r.blocked).toEqual([
        { level: 'excellent', condition: 'allTasksOnTime' },
        { level: 'good', condition: 'allTasksOnTime' },
      ]);
      expect(r.cappedBy).toBe('allTasksOnTime');
    });

    it('a late share above 0 rules out HTTNV; above 20% rules out HTNV too', () => {
      expect(ratingFromScore(80, { conditions: { lateTaskShare: 10 } }).level).toBe('completed');
      expect(ratingFromScore(80, { conditions: { lateTaskShare: 20 } }).level).toBe('completed');
      const r = ratingFromScore(80, { conditions: { lateTaskShare: '20.5' } });
      expect([r.level, r.cappedBy]).toEqual(['not-completed', 'lateTaskShare']);
      expect(ratingFromScore(80, { conditions: { lateTaskShare: 0 } }).level).toBe('good');
    });

    it('tasks not all done leave only KHTNV', () => {
      const r = ratingFromScore(99, { conditions: { allTasksDone: false } });
      expect(r.level).toBe('not-completed');
      expect(r.cappedBy).toBe('allTasksDone');
      expect(r.blocked).toEqual([
        { level: 'excellent', condition: 'allTasksDone' },
        { level: 'good', condition: 'allTasksDone' },
        { level: 'completed', condition: 'allTasksDone' },
      ]);
    });

    it('a late share above 0 caps 80 points at HTNV, naming the share', () => {
      const r = ratingFromScore(80, { conditions: { lateTaskShare: 10 } });
      expect([r.level, r.cappedBy]).toEqual(['completed', 'lateTaskShare']);
      expect(r.blocked).toEqual([{ level: 'good', condition: 'lateTaskShare' }]);
    });

    it('conditions given as undefined are not checked', () => {
      const r = ratingFromScore(95, {
        conditions: { disciplined: undefined, lateTaskShare: undefined, allTasksDone: undefined },
      });
      expect(r.level).toBe('excellent');
      expect(r.conditions).toEqual({});
    });

    it('a disqualifying fault makes any score KHTNV', () => {
      const r = ratingFromScore(95, { conditions: { disqualified: true } });
      expect([r.level, r.cappedBy, r.blocked.length]).toEqual(['not-completed', 'disqualified', 3]);
    });

    it('satisfied conditions leave the band level', () => {
      const r = ratingFromScore(91, {
        conditions: {
          allTasksDone: true,
          allTasksOnTime: true,
          beyondRequirementShare: 40,
          lateTaskShare: 0,
          disciplined: false,
          disqualified: false,
        },
      });
      expect(r.level).toBe('excellent');
      expect(r.conditions.beyondRequirementShare?.toString()).toBe('40');
    });

    it('conditions never raise a level', () => {
      expect(
        ratingFromScore(60, { conditions: { allTasksOnTime: true, beyondRequirementShare: 100 } })
          .level,
      ).toBe('completed');
    });
  });

  describe('edge cases', () => {
    it('rejects scores outside [0, 100] with invalid-argument at score', () => {
      expect(codeAndPath(() => ratingFromScore(-0.01))).toEqual(['invalid-argument', ['score']]);
      expect(codeAndPath(() => ratingFromScore('100.0001'))).toEqual([
        'invalid-argument',
        ['score'],
      ]);
      expect(() => ratingFromScore(101)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at score: expected a score from 0 to 100; received "101"]`,
      );
    });

    it('rejects non-numbers with invalid-number', () => {
      expect(codeAndPath(() => ratingFromScore(Number.NaN))).toEqual(['invalid-number', ['score']]);
      expect(codeAndPath(() => ratingFromScore('92,5'))).toEqual(['invalid-number', ['score']]);
    });

    it('accepts Decimals and strings, and -0 as 0', () => {
      expect(ratingFromScore(new Decimal('89.999999')).level).toBe('good');
      expect(ratingFromScore(-0).score.toString()).toBe('0');
    });

    it('rejects an unknown scheme and bad conditions at their paths', () => {
      expect(codeAndPath(() => ratingFromScore(90, { scheme: 'qd-124-2023' as never }))).toEqual([
        'invalid-argument',
        ['options', 'scheme'],
      ]);
      expect(
        codeAndPath(() => ratingFromScore(90, { conditions: { disciplined: 'yes' as never } })),
      ).toEqual(['invalid-argument', ['options', 'conditions', 'disciplined']]);
      expect(
        codeAndPath(() => ratingFromScore(90, { conditions: { lateTaskShare: 120 } })),
      ).toEqual(['invalid-argument', ['options', 'conditions', 'lateTaskShare']]);
      expect(
        codeAndPath(() => ratingFromScore(90, { conditions: { onTime: true } as never })),
      ).toEqual(['invalid-argument', ['options', 'conditions', 'onTime']]);
      expect(codeAndPath(() => ratingFromScore(90, null as never))).toEqual([
        'invalid-argument',
        ['options'],
      ]);
      expect(codeAndPath(() => ratingFromScore(90, { conditions: 'x' as never }))).toEqual([
        'invalid-argument',
        ['options', 'conditions'],
      ]);
    });

    it('says what it expected of the scheme and the conditions', () => {
      const message = (run: () => unknown): string => caught(run).message;
      expect(message(() => ratingFromScore(90, { scheme: 'qd-124-2023' as never }))).toContain(
        "expected a rating scheme ('qd-366-2025')",
      );
      expect(message(() => ratingFromScore(90, { conditions: 'x' as never }))).toContain(
        'expected an object of rating conditions',
      );
      expect(
        message(() => ratingFromScore(90, { conditions: { disciplined: 'yes' as never } })),
      ).toContain('expected true or false; received "yes"');
      expect(message(() => ratingFromScore(90, { conditions: { lateTaskShare: 120 } }))).toContain(
        'expected a share of tasks in percent from 0 to 100; received "120"',
      );
      expect(
        message(() => ratingFromScore(90, { conditions: { onTime: true } as never })),
      ).toContain(
        'expected a rating condition (allTasksDone, allTasksOnTime, disciplined, disqualified, beyondRequirementShare, lateTaskShare); received "onTime"',
      );
    });

    it('rejects a share that is not a number at its path', () => {
      expect(
        codeAndPath(() => ratingFromScore(90, { conditions: { lateTaskShare: '10,5' } })),
      ).toEqual(['invalid-number', ['options', 'conditions', 'lateTaskShare']]);
    });
  });

  it('survives a JSON round trip through its schema', () => {
    const r = ratingFromScore('95.5', { conditions: { beyondRequirementShare: 25 } });
    const back = z.parse(ratingResultSchema, JSON.parse(JSON.stringify(r)));
    expect(back).toEqual(r);
  });

  it('does not mutate its input', () => {
    const score = new Decimal(95);
    const options = { conditions: { beyondRequirementShare: 25, disciplined: true } };
    ratingFromScore(score, options);
    expect(score.toString()).toBe('95');
    expect(options).toEqual({ conditions: { beyondRequirementShare: 25, disciplined: true } });
  });

  it('the level never rises when the score falls (score alone)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (a, b) => {
          const low = new Decimal(Math.min(a, b)).div(100);
          const high = new Decimal(Math.max(a, b)).div(100);
          expect(
            compareRatingLevels(ratingFromScore(high).level, ratingFromScore(low).level),
          ).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('the level is monotone in the score under any fixed conditions, and never above the band', () => {
    const conditions = fc.record(
      {
        allTasksDone: fc.boolean(),
        allTasksOnTime: fc.boolean(),
        beyondRequirementShare: fc.integer({ min: 0, max: 100 }),
        lateTaskShare: fc.integer({ min: 0, max: 100 }),
        disciplined: fc.boolean(),
        disqualified: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        conditions,
        (a, b, c) => {
          const low = ratingFromScore(Math.min(a, b), { conditions: c });
          const high = ratingFromScore(Math.max(a, b), { conditions: c });
          expect(compareRatingLevels(high.level, low.level)).toBeLessThanOrEqual(0);
          expect(compareRatingLevels(high.level, high.bandLevel)).toBeGreaterThanOrEqual(0);
          expect(high.cappedBy === undefined).toBe(high.level === high.bandLevel);
        },
      ),
    );
  });
});
