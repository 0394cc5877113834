import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import {
  type CriteriaResults,
  communeProgressSchema,
} from '../../src/ntm/commune-progress-schema.js';
import { ntmCommune2022 } from '../../src/ntm/ntm-commune-2022.js';
import { caught } from '../support/caught.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

describe('communeProgress', () => {
  it('a commune meeting 17 of the 19 criteria of QĐ 318 is "đạt 17/19 tiêu chí" and does not qualify', () => {
    const p = communeProgress(
      'ntm-commune-2022',
      all19.filter((n) => n !== 10 && n !== 17),
    );
    expect(p.met).toBe(17);
    expect(p.total).toBe(19);
    expect(p.missing.map((c) => c.number)).toEqual([10, 17]);
    expect(p.qualifies).toBe(false);
    expect(p.set).toBe('ntm-commune-2022');
  });

  it('a commune meeting all 19 criteria qualifies (đạt chuẩn NTM)', () => {
    const p = communeProgress('ntm-commune-2022', all19);
    expect(p.qualifies).toBe(true);
    expect(p.missing).toEqual([]);
    expect(p.metIds).toEqual(ntmCommune2022.criteria.map((c) => c.id));
  });

  it('reads criteria by id, by number and by number as text, all the same', () => {
    const byId = communeProgress('ntm-commune-2022', ['income', 'labour']);
    const byNumber = communeProgress('ntm-commune-2022', [10, 12]);
    const byText = communeProgress('ntm-commune-2022', ['10', '12']);
    expect(byNumber).toEqual(byId);
    expect(byText).toEqual(byId);
    expect(byId.metIds).toEqual(['income', 'labour']);
  });

  it('reads a record of results: true is met, false and left out are not', () => {
    const p = communeProgress('ntm-commune-2022', { income: true, '11': false, 12: true });
    expect(p.metIds).toEqual(['income', 'labour']);
    expect(p.met).toBe(2);
  });

  it('meets a criterion only when every one of its sub-indicators is met', () => {
    const ok = communeProgress('ntm-commune-2022', {
      '3': { 'irrigated-area': true, 'disaster-prevention': true },
    });
    expect(ok.metIds).toEqual(['irrigation-disaster-prevention']);
    const short = communeProgress('ntm-commune-2022', {
      'irrigation-disaster-prevention': { 'irrigated-area': false, 'disaster-prevention': true },
    });
    expect(short.metIds).toEqual([]);
    expect(short.notMetIndicators).toEqual([
      { criterion: 'irrigation-disaster-prevention', indicator: 'irrigated-area' },
    ]);
  });

  it('accepts free sub-indicator ids where the set does not list them (all must be true)', () => {
    const p = communeProgress('ntm-commune-2022', {
      income: { '10.1': true },
      transport: { '2.1': true, '2.2': false },
    });
    expect(p.metIds).toEqual(['income']);
    expect(p.notMetIndicators).toEqual([{ criterion: 'transport', indicator: '2.2' }]);
  });

  it('carries the name and recognised tier given', () => {
    const p = communeProgress('ntm-commune-2016', all19, { name: 'Xã số 1', tier: 'advanced' });
    expect(p.name).toBe('Xã số 1');
    expect(p.tier).toBe('advanced');
    expect(communeProgress('ntm-commune-2016', []).name).toBeNull();
  });

  it('xã NTM nâng cao qualifies only when the prerequisite (xã NTM) is met too', () => {
    const without = communeProgress('ntm-commune-advanced-2022', all19);
    expect(without.qualifies).toBe(false);
    expect(without.prerequisite).toEqual({ set: 'ntm-commune-2022', met: null });
    const withIt = communeProgress('ntm-commune-advanced-2022', all19, { prerequisiteMet: true });
    expect(withIt.qualifies).toBe(true);
    expect(communeProgress('ntm-commune-2022', all19).prerequisite).toBeNull();
  });

  it('accepts a set object as well as an id', () => {
    expect(communeProgress(ntmCommune2022, [1])).toEqual(communeProgress('ntm-commune-2022', [1]));
  });

  describe('edge cases', () => {
    it('an unknown criterion id is unknown-criterion at its path', () => {
      const e = caught(() => communeProgress('ntm-commune-2022', ['income', 'tiêu chí 20']));
      expect(e.code).toBe('unknown-criterion');
      expect(e.path).toEqual(['met', 1]);
      expect(e.message).toMatchInlineSnapshot(
        `"[chitieu] Unknown criterion (tiêu chí) at met[1]: expected a criterion of ntm-commune-2022 (QĐ 318/QĐ-TTg): an id such as "planning" or a number from 1 to 19; received "tiêu chí 20""`,
      );
    });

    it('criterion 20 and criterion 0 do not exist; keys of records are checked too', () => {
      expect(caught(() => communeProgress('ntm-commune-2022', [20])).path).toEqual(['met', 0]);
      expect(caught(() => communeProgress('ntm-commune-2022', [0])).code).toBe('unknown-criterion');
      expect(caught(() => communeProgress('ntm-commune-2022', { poverty: true })).path).toEqual([
        'met',
        'poverty',
      ]);
    });

    it('a 1980 id is not a 318 id: "poor-households" is unknown in QĐ 318', () => {
      expect(caught(() => communeProgress('ntm-commune-2022', ['poor-households'])).code).toBe(
        'unknown-criterion',
      );
    });

    it('an unknown sub-indicator of a listed criterion is unknown-criterion at its path', () => {
      const e = caught(() =>
        communeProgress('ntm-commune-2022', {
          '3': { 'irrigated-area': true, 'disaster-prevention': true, dams: true },
        }),
      );
      expect(e.code).toBe('unknown-criterion');
      expect(e.path).toEqual(['met', '3', 'dams']);
    });

    it('a listed sub-indicator left out is invalid-argument: no silent "not met"', () => {
      const e = caught(() =>
        communeProgress('ntm-commune-2022', { '3': { 'irrigated-area': true } }),
      );
      expect(e.code).toBe('invalid-argument');
      expect(e.message).toContain('missing "disaster-prevention"');
    });

    it('an empty sub-indicator record and non-boolean results are invalid-argument', () => {
      expect(caught(() => communeProgress('ntm-commune-2022', { income: {} })).code).toBe(
        'invalid-argument',
      );
      expect(
        caught(() => communeProgress('ntm-commune-2022', { income: 'yes' as unknown as boolean }))
          .path,
      ).toEqual(['met', 'income']);
      expect(
        caught(() =>
          communeProgress('ntm-commune-2022', { income: { a: 1 as unknown as boolean } }),
        ).path,
      ).toEqual(['met', 'income', 'a']);
    });

    it('two names for one criterion that disagree are invalid-argument', () => {
      const e = caught(() => communeProgress('ntm-commune-2022', { income: true, '10': false }));
      expect(e.code).toBe('invalid-argument');
      // integer-like keys come first in a JS object, so "10" is read before "income"
      expect(e.path).toEqual(['met', 'income']);
      expect(communeProgress('ntm-commune-2022', { income: true, '10': true }).met).toBe(1);
    });

    it('a criterion listed twice counts once', () => {
      expect(communeProgress('ntm-commune-2022', ['income', 10, '10']).met).toBe(1);
    });

    it('rejects non-integer numbers, null entries and a met that is not a list or record', () => {
      expect(caught(() => communeProgress('ntm-commune-2022', [10.5])).code).toBe(
        'invalid-argument',
      );
      expect(
        caught(() => communeProgress('ntm-commune-2022', [null as unknown as string])).path,
      ).toEqual(['met', 0]);
      expect(
        caught(() => communeProgress('ntm-commune-2022', null as unknown as CriteriaResults)).path,
      ).toEqual(['met']);
    });

    it('rejects an unknown set id and bad options', () => {
      expect(caught(() => communeProgress('ntm-xa' as 'ntm-commune-2022', [])).code).toBe(
        'unknown-criteria-set',
      );
      expect(
        caught(() => communeProgress('ntm-commune-2022', [], { tier: 'gold' as 'model' })).path,
      ).toEqual(['options', 'tier']);
      expect(
        caught(() => communeProgress('ntm-commune-2022', [], { name: 1 as unknown as string }))
          .path,
      ).toEqual(['options', 'name']);
      expect(
        caught(() =>
          communeProgress('ntm-commune-2022', [], { prerequisiteMet: 'yes' as unknown as boolean }),
        ).path,
      ).toEqual(['options', 'prerequisiteMet']);
    });

    it('an empty list is 0/19', () => {
      const p = communeProgress('ntm-commune-2022', []);
      expect([p.met, p.total, p.missing.length, p.qualifies]).toEqual([0, 19, 19, false]);
    });
  });

  it('does not mutate its input, and returns a frozen result', () => {
    const met = Object.freeze(['income', 3]);
    const record = { '3': { 'irrigated-area': true, 'disaster-prevention': false } };
    const copy = structuredClone(record);
    communeProgress('ntm-commune-2022', met);
    const p = communeProgress('ntm-commune-2022', record);
    expect(record).toEqual(copy);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.metIds)).toBe(true);
    expect(Object.isFrozen(p.missing)).toBe(true);
  });

  it('survives a JSON round trip through its schema', () => {
    const p = communeProgress('ntm-commune-2016', all19.slice(0, 12), { name: 'Xã số 2' });
    const back = z.parse(communeProgressSchema, JSON.parse(JSON.stringify(p)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(p));
  });

  it('met + missing is always the total, and met ids keep the set order (property)', () => {
    fc.assert(
      fc.property(fc.subarray(all19), fc.boolean(), (subset, asIds) => {
        const keys = asIds
          ? subset.map((n) => ntmCommune2022.criteria[n - 1]?.id as string)
          : subset;
        const p = communeProgress(ntmCommune2022, keys);
        expect(p.met + p.missing.length).toBe(19);
        expect(p.met).toBe(subset.length);
        expect(p.qualifies).toBe(subset.length === 19);
        const order = p.metIds.map((id) => ntmCommune2022.criteria.findIndex((c) => c.id === id));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});

describe('communeProgress: options', () => {
  it('options that are not an object are invalid-argument at options', () => {
    for (const [options, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const e = caught(() => communeProgress('ntm-commune-2022', [], options as never));
      expect(e.message).toBe(
        `[chitieu] Invalid argument at options: expected an options object; received ${shown}`,
      );
    }
  });

  it('a bad name, tier or prerequisite says what was expected', () => {
    const name = caught(() =>
      communeProgress('ntm-commune-2022', [], { name: 5 as unknown as string }),
    );
    expect([name.code, name.message]).toEqual([
      'invalid-argument',
      '[chitieu] Invalid argument at options.name: expected a commune name (a string); received 5',
    ]);
    const tier = caught(() =>
      communeProgress('ntm-commune-2022', [], { tier: 'x' as unknown as 'model' }),
    );
    expect(tier.message).toBe(
      '[chitieu] Invalid argument at options.tier: expected a tier (standard, advanced, model); received "x"',
    );
    const prerequisite = caught(() =>
      communeProgress('ntm-commune-2022', [], { prerequisiteMet: 'yes' as unknown as boolean }),
    );
    expect(prerequisite.message).toBe(
      '[chitieu] Invalid argument at options.prerequisiteMet: expected true or false; received "yes"',
    );
  });
});
