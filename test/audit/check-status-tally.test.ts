import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatusTally } from '../../src/audit/check-status-tally.js';
import type { TallyStatus } from '../../src/audit/status-tally-check-schema.js';
import { caught } from '../support/caught.js';

const list = (exceeded: number, met: number, notMet: number, pending = 0): TallyStatus[] => [
  ...Array<TallyStatus>(exceeded).fill('exceeded'),
  ...Array<TallyStatus>(met).fill('met'),
  ...Array<TallyStatus>(notMet).fill('not-met'),
  ...Array<TallyStatus>(pending).fill('pending'),
];

describe('checkStatusTally', () => {
  it('"32/39 chỉ tiêu đạt và vượt kế hoạch" agrees with 32 attained of 39', () => {
    const r = checkStatusTally(list(20, 12, 7), '32/39 chỉ tiêu kinh tế - xã hội đạt và vượt');
    expect(r.consistent).toBe(true);
    expect(r.verdict).toBe('consistent');
    expect(r.computed).toEqual({
      total: 39,
      attained: 32,
      exceeded: 20,
      met: 12,
      notMet: 7,
      pending: 0,
    });
    expect(r.published).toEqual({ attained: 32, total: 39 });
    expect(r.publishedText).toBe('32/39 chỉ tiêu kinh tế - xã hội đạt và vượt');
  });

  it('takes the published tally as an object', () => {
    const r = checkStatusTally(list(20, 12, 7), { attained: 32, total: 39 });
    expect(r.consistent).toBe(true);
    expect(r.publishedText).toBeNull();
    expect(r.explanation).toBe(
      '39 indicators (chỉ tiêu): 32 met or exceeded (đạt và vượt: 20 exceeded, 12 met), 7 not met (không đạt), 0 pending; published 32/39 agrees',
    );
  });

  it('reports a published attained count the list does not support', () => {
    const r = checkStatusTally(list(20, 11, 8), '32/39');
    expect(r.verdict).toBe('unreproducible');
    expect(r.attainedDifference).toBe(-1);
    expect(r.totalDifference).toBe(0);
    expect(r.explanation).toBe(
      '39 indicators (chỉ tiêu): 31 met or exceeded (đạt và vượt: 20 exceeded, 11 met), 8 not met (không đạt), 0 pending; published "32/39" differs: the list has 31 attained, not 32',
    );
  });

  it('pending items count in the total, not as attained', () => {
    const r = checkStatusTally(list(2, 1, 0, 1), '3/4');
    expect(r.consistent).toBe(true);
    expect(r.computed.pending).toBe(1);
    const short = checkStatusTally(list(2, 1, 0), '3/4');
    expect(short.totalDifference).toBe(-1);
    expect(short.explanation).toContain('the list has 3 indicators, not 4');
  });

  describe('edge cases', () => {
    it('an empty list is 0/0', () => {
      expect(checkStatusTally([], '0/0').consistent).toBe(true);
      expect(checkStatusTally([], { attained: 0, total: 1 }).consistent).toBe(false);
    });

    it('reads Vietnamese grouping in the text: "1.200/1.500"', () => {
      const r = checkStatusTally(list(1200, 0, 300), '1.200/1.500');
      expect(r.published).toEqual({ attained: 1200, total: 1500 });
      expect(r.consistent).toBe(true);
    });

    it('rejects an unknown status at its index', () => {
      const e = caught(() => checkStatusTally(['met', 'done' as TallyStatus], '1/2'));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['statuses', 1]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Invalid argument at statuses[1]: expected a status: 'exceeded', 'met', 'not-met' or 'pending'; received "done""`,
      );
    });

    it('rejects a published tally that is not whole numbers with attained ≤ total', () => {
      const over = caught(() => checkStatusTally([], { attained: 40, total: 39 }));
      expect(over.code).toBe('invalid-argument');
      expect(over.path).toEqual(['published', 'attained']);
      expect(caught(() => checkStatusTally([], { attained: 1.5, total: 39 })).path).toEqual([
        'published',
        'attained',
      ]);
      expect(caught(() => checkStatusTally([], { attained: 1, total: -1 })).path).toEqual([
        'published',
        'total',
      ]);
      for (const text of ['32', '32,5/39', 'abc/39', '40/39', '32/']) {
        const e = caught(() => checkStatusTally([], text));
        expect(e.code).toBe('invalid-argument');
        expect(e.path[0]).toBe('published');
      }
    });

    it('rejects statuses that are not a list', () => {
      expect(caught(() => checkStatusTally('met' as unknown as TallyStatus[], '1/1')).path).toEqual(
        ['statuses'],
      );
    });
  });

  it('does not mutate its input', () => {
    const statuses = Object.freeze(list(1, 1, 1));
    const published = Object.freeze({ attained: 2, total: 3 });
    checkStatusTally(statuses, published);
    expect(statuses).toEqual(['exceeded', 'met', 'not-met']);
    expect(published).toEqual({ attained: 2, total: 3 });
  });

  it('the counts of any list are consistent with themselves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<TallyStatus>('exceeded', 'met', 'not-met', 'pending')),
        (statuses) => {
          const attained = statuses.filter((s) => s === 'exceeded' || s === 'met').length;
          const r = checkStatusTally(statuses, { attained, total: statuses.length });
          expect(r.consistent).toBe(true);
          expect(checkStatusTally(statuses, `${attained}/${statuses.length}`).consistent).toBe(
            true,
          );
          const c = r.computed;
          expect(c.exceeded + c.met + c.notMet + c.pending).toBe(c.total);
        },
      ),
    );
  });
});

describe('checkStatusTally: reading the text, explanations and messages', () => {
  const statuses: TallyStatus[] = [...Array(32).fill('met'), ...Array(7).fill('not-met')];

  it('reads spaces around the "/" and surrounding white space, however long', () => {
    for (const text of ['32 / 39', '32 /  39 chỉ tiêu', `${' '.repeat(120)}32/39 `]) {
      const r = checkStatusTally(statuses, text);
      expect(r.consistent).toBe(true);
      expect(r.published).toEqual({ attained: 32, total: 39 });
      expect(r.publishedText).toBe(text.trim());
    }
    expect(checkStatusTally(statuses, `${' '.repeat(120)}32/39 `).explanation).toBe(
      '39 indicators (chỉ tiêu): 32 met or exceeded (đạt và vượt: 0 exceeded, 32 met), 7 not met (không đạt), 0 pending; published "32/39" agrees',
    );
  });

  it('reads a text of up to 500 characters, and refuses a longer one', () => {
    const text = `32/39 ${'x'.repeat(494)}`;
    expect(text).toHaveLength(500);
    expect(checkStatusTally(statuses, text).consistent).toBe(true);
    const e = caught(() => checkStatusTally(statuses, `${text}x`));
    expect(e.code).toBe('invalid-argument');
    expect(e.path).toEqual(['published']);
  });

  it('lists every difference when both counts are off', () => {
    expect(checkStatusTally(['met', 'met', 'not-met'], '3/4').explanation).toBe(
      '3 indicators (chỉ tiêu): 2 met or exceeded (đạt và vượt: 0 exceeded, 2 met), 1 not met (không đạt), 0 pending; published "3/4" differs: the list has 2 attained, not 3 and 3 indicators, not 4',
    );
  });

  it('pins the messages for a list that is not one and a published tally out of order', () => {
    expect(
      caught(() => checkStatusTally('met' as unknown as TallyStatus[], '1/1')).message,
    ).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at statuses: expected a list of statuses; received "met""`,
    );
    const e = caught(() => checkStatusTally(['met'], { attained: 2, total: 1 }));
    expect(e.path[0]).toBe('published');
    expect(e.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at published.attained: expected attained not above total; received "2/1""`,
    );
  });
});
