import { describe, expect, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import type { CommuneProgress } from '../../src/ntm/commune-progress-schema.js';
import type { CriteriaSet, Criterion } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import type { NtmRollup, NtmRollupChange } from '../../src/ntm/ntm-rollup-schema.js';
import {
  computeChange,
  emptyTally,
  finishRollup,
  tallyFromPrevious,
  tallyFromRollup,
  tallyProgresses,
} from '../../src/ntm/rollup-tally.js';
import { caught } from '../support/caught.js';

const s2016 = criteriaSets['ntm-commune-2016'];
const s2022 = criteriaSets['ntm-commune-2022'];
const advanced = criteriaSets['ntm-commune-advanced-2022'];
const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

function facts(run: () => unknown) {
  const e = caught(run);
  return { code: e.code, path: e.path, message: e.message, received: e.details.received };
}

describe('tallyProgresses checks each progress', () => {
  it('rejects a district-level set, at the options or at the first progress', () => {
    const district = criteriaSets['ntm-district-2022'];
    expect(facts(() => tallyProgresses(district, [], []))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at options.set: expected a commune-level criteria set (bộ tiêu chí xã); received "ntm-district-2022, a district-level set"",
        "path": [
          "options",
          "set",
        ],
        "received": ""ntm-district-2022, a district-level set"",
      }
    `);
    expect(caught(() => tallyProgresses(district, [], ['progresses'])).path).toEqual([
      'progresses',
      0,
      'set',
    ]);
  });

  it('rejects a progress that is not an object or has no set id', () => {
    expect(
      facts(() => tallyProgresses(s2016, [null as unknown as CommuneProgress], ['p'])),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[0]: expected a commune progress from communeProgress(); received null",
        "path": [
          "p",
          0,
        ],
        "received": "null",
      }
    `);
    const noSet = { ...communeProgress(s2016, [1]), set: 5 } as unknown as CommuneProgress;
    expect(facts(() => tallyProgresses(s2016, [noSet], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[0]: expected a commune progress from communeProgress(); received an object",
        "path": [
          "p",
          0,
        ],
        "received": "an object",
      }
    `);
  });

  it('rejects a progress whose metIds is not a list', () => {
    const bad = { ...communeProgress(s2016, [1]), metIds: 'x' } as unknown as CommuneProgress;
    expect(
      facts(() => tallyProgresses(s2016, [communeProgress(s2016, []), bad], ['p'])),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[1]: expected a commune progress from communeProgress(); received an object",
        "path": [
          "p",
          1,
        ],
        "received": "an object",
      }
    `);
  });

  it('rejects an unknown criterion id in metIds, at its position', () => {
    const bad = { ...communeProgress(s2016, [1]), metIds: ['planning', 'nope'], met: 2 };
    expect(facts(() => tallyProgresses(s2016, [bad], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "unknown-criterion",
        "message": "[chitieu] Unknown criterion (tiêu chí) at p[0].metIds[1]: expected a criterion id of ntm-commune-2016; received "nope"",
        "path": [
          "p",
          0,
          "metIds",
          1,
        ],
        "received": ""nope"",
      }
    `);
  });

  it('rejects the same criterion listed twice, at the second listing', () => {
    const p = communeProgress(s2016, [1]);
    const bad = { ...p, metIds: [p.metIds[0], p.metIds[0]], met: 2 } as CommuneProgress;
    expect(
      facts(() => tallyProgresses(s2016, [communeProgress(s2016, [1]), bad], ['p'])),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[1].metIds[1]: expected each criterion met listed once; received "planning"",
        "path": [
          "p",
          1,
          "metIds",
          1,
        ],
        "received": ""planning"",
      }
    `);
  });

  it('rejects met not equal to the number of metIds', () => {
    const bad = { ...communeProgress(s2016, [1, 2]), met: 3 };
    expect(facts(() => tallyProgresses(s2016, [bad], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[0].met: expected met equal to the number of metIds (2); received 3",
        "path": [
          "p",
          0,
          "met",
        ],
        "received": "3",
      }
    `);
  });

  it('rejects a qualifies flag inconsistent with the criteria met', () => {
    const bad = { ...communeProgress(s2016, [1, 2]), qualifies: true };
    expect(facts(() => tallyProgresses(s2016, [bad], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[0].qualifies: expected qualifies false for 2/19 criteria; received true",
        "path": [
          "p",
          0,
          "qualifies",
        ],
        "received": "true",
      }
    `);
  });

  it('rejects progress on an unknown set or a set with no correspondence', () => {
    const unknown = {
      ...communeProgress(s2016, [1]),
      set: 'ntm-commune-2019',
    } as unknown as CommuneProgress;
    expect(caught(() => tallyProgresses(s2022, [unknown], ['p'])).path).toEqual(['p', 0, 'set']);
    const p2026 = communeProgress('ntm-commune-2026', [1]);
    expect(facts(() => tallyProgresses(s2022, [p2026], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "unit-mismatch",
        "message": "[chitieu] Unit mismatch (đơn vị tính) at p[0].set: expected criteria of ntm-commune-2022 (QĐ 318/QĐ-TTg) or of a set that corresponds to it criterion by criterion; received "criteria of ntm-commune-2026 (QĐ 51/2025/QĐ-TTg)"",
        "path": [
          "p",
          0,
          "set",
        ],
        "received": ""criteria of ntm-commune-2026 (QĐ 51/2025/QĐ-TTg)"",
      }
    `);
  });

  it('reads the prerequisite: all 19 met qualifies only with the standard tier met', () => {
    const yes = communeProgress(advanced, all19, { prerequisiteMet: true });
    const no = communeProgress(advanced, all19, { prerequisiteMet: false });
    const unknown = communeProgress(advanced, all19);
    const t = tallyProgresses(advanced, [yes, no, unknown], ['p']);
    expect(t.summaries.map((s) => [s.qualifies, s.level])).toEqual([
      [true, 'advanced'],
      [false, null],
      [false, null],
    ]);
    expect([t.standard, t.advanced, t.model]).toEqual([1, 1, 0]);
    const claimed = { ...no, qualifies: true };
    expect(facts(() => tallyProgresses(advanced, [claimed], ['p']))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at p[0].qualifies: expected qualifies false for 19/19 criteria; received true",
        "path": [
          "p",
          0,
          "qualifies",
        ],
        "received": "true",
      }
    `);
  });

  it('maps 2016 progress into 2022 figures', () => {
    const t = tallyProgresses(
      s2022,
      [
        communeProgress(s2016, [1, 11, 12]),
        communeProgress(s2016, all19),
        communeProgress(s2022, [11]),
      ],
      ['p'],
    );
    const r = finishRollup(t, undefined);
    expect(r.communes).toBe(3);
    expect(r.criteriaMet).toBe(23);
    expect(r.qualified).toEqual({ standard: 1, advanced: 0, model: 0 });
    expect(r.byCriterion.map((b) => b.met)).toEqual([
      2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });
});

describe('tallyFromRollup checks the rollup', () => {
  const rollup = finishRollup(
    tallyProgresses(s2016, [communeProgress(s2016, [1, 2])], ['p']),
    undefined,
  );

  it('rejects something that is not a rollup', () => {
    expect(
      facts(() => tallyFromRollup(null as unknown as NtmRollup, ['r'])),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at r: expected a rollup from rollupCommunes(); received null",
        "path": [
          "r",
        ],
        "received": "null",
      }
    `);
    expect(
      facts(() => tallyFromRollup({ set: s2016.id } as unknown as NtmRollup, ['r'])),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at r: expected a rollup from rollupCommunes(); received an object",
        "path": [
          "r",
        ],
        "received": "an object",
      }
    `);
  });

  it('reads the rollup through its schema: a NaN count is an error at its path', () => {
    const bad = { ...rollup, communes: Number.NaN };
    const e = caught(() => tallyFromRollup(bad, ['r']));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['r', 'communes']]);
  });

  it('rejects a rollup with the wrong number of byCriterion entries', () => {
    const bad = { ...rollup, byCriterion: rollup.byCriterion.slice(1) };
    expect(facts(() => tallyFromRollup(bad, ['r']))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at r.byCriterion: expected a tally for each of the 19 criteria of ntm-commune-2016; received an array of 18",
        "path": [
          "r",
          "byCriterion",
        ],
        "received": "an array of 18",
      }
    `);
  });

  it('rejects a rollup whose criteria are out of order', () => {
    const b = rollup.byCriterion;
    const bad = { ...rollup, byCriterion: [b[1], b[0], ...b.slice(2)] } as unknown as NtmRollup;
    expect(facts(() => tallyFromRollup(bad, ['r']))).toMatchInlineSnapshot(`
      {
        "code": "unknown-criterion",
        "message": "[chitieu] Unknown criterion (tiêu chí) at r.byCriterion[0].criterion.id: expected criterion planning of ntm-commune-2016 in position 0; received "transport"",
        "path": [
          "r",
          "byCriterion",
          0,
          "criterion",
          "id",
        ],
        "received": ""transport"",
      }
    `);
  });

  it('rejects a rollup on an unknown set', () => {
    const bad = { ...rollup, set: 'ntm-commune-2019' } as unknown as NtmRollup;
    expect(caught(() => tallyFromRollup(bad, ['r'])).path).toMatchInlineSnapshot(`
      [
        "r",
        "set",
      ]
    `);
  });
});

describe('tallyFromPrevious', () => {
  const prev = computeChange(
    emptyTally(s2016),
    tallyProgresses(s2016, [communeProgress(s2016, [2])], ['p']),
  ).previous;

  it('rebuilds the figures of the previous summary', () => {
    const t = tallyFromPrevious(prev, ['c']);
    expect(t.perCriterion.slice(0, 3)).toEqual([0, 1, 0]);
    expect(t.communes).toBe(1);
  });

  it('rejects an unknown criterion id, at its position', () => {
    const bad = {
      ...prev,
      byCriterion: [prev.byCriterion[0], { criterion: 'nope', met: 1 }],
    } as NtmRollupChange['previous'];
    expect(facts(() => tallyFromPrevious(bad, ['c']))).toMatchInlineSnapshot(`
      {
        "code": "unknown-criterion",
        "message": "[chitieu] Unknown criterion (tiêu chí) at c.byCriterion[1].criterion: expected a criterion id of ntm-commune-2016; received "nope"",
        "path": [
          "c",
          "byCriterion",
          1,
          "criterion",
        ],
        "received": ""nope"",
      }
    `);
  });

  it('rejects an unknown set at its path', () => {
    const bad = { ...prev, set: 'ntm-commune-2019' } as unknown as NtmRollupChange['previous'];
    expect(caught(() => tallyFromPrevious(bad, ['c'])).path).toEqual(['c', 'set']);
  });
});

describe('computeChange and finishRollup', () => {
  it('compares 2022 figures criterion by criterion with 2016 ones', () => {
    const before = tallyProgresses(s2016, [communeProgress(s2016, [1, 2])], ['p']);
    const now = tallyProgresses(
      s2022,
      [communeProgress(s2022, [1, 3]), communeProgress(s2022, [1])],
      ['p'],
    );
    const c = computeChange(now, before);
    if (!c.byCriterion.comparable) throw new Error('expected comparable');
    expect(c.byCriterion.items.slice(0, 4)).toEqual([
      { criterion: s2022.criteria[0]?.id, met: 1 },
      { criterion: s2022.criteria[1]?.id, met: -1 },
      { criterion: s2022.criteria[2]?.id, met: 1 },
      { criterion: s2022.criteria[3]?.id, met: 0 },
    ]);
    expect(c.byCriterion.items).toHaveLength(19);
    expect(c.averagePerCommune?.toString()).toBe('-0.5');
  });

  it('has no average difference when the current tally is empty', () => {
    const before = tallyProgresses(s2016, [communeProgress(s2016, [1])], ['p']);
    expect(computeChange(emptyTally(s2016), before).averagePerCommune).toBeNull();
  });

  it('orders mostMissed by criteria missed, then by criterion number', () => {
    const t = tallyProgresses(
      s2016,
      [
        communeProgress(s2016, all19.slice(0, 17)),
        communeProgress(s2016, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19]),
      ],
      ['p'],
    );
    const r = finishRollup(t, undefined);
    expect(r.mostMissed.map((b) => [b.criterion.number, b.notMet])).toEqual([
      [18, 2],
      [17, 1],
      [19, 1],
    ]);
    expect('change' in r).toBe(false);
    expect(Object.isFrozen(t.summaries)).toBe(false);
  });
});

describe('rollup tallies: missing values and custom sets', () => {
  it('a rollup or progress that is missing altogether is invalid-argument, not a TypeError', () => {
    expect(facts(() => tallyFromRollup(undefined as unknown as NtmRollup, ['r']))).toMatchObject({
      code: 'invalid-argument',
      path: ['r'],
      received: 'undefined',
    });
    expect(
      facts(() => tallyProgresses(s2016, [undefined as unknown as CommuneProgress], ['p'])),
    ).toMatchObject({ code: 'invalid-argument', path: ['p', 0], received: 'undefined' });
  });

  it('a rollup that fails its schema says a rollup was expected', () => {
    const rollup = finishRollup(
      tallyProgresses(s2016, [communeProgress(s2016, [1])], ['p']),
      undefined,
    );
    const e = caught(() => tallyFromRollup({ ...rollup, communes: Number.NaN }, ['r']));
    expect(e.message).toMatch(
      /^\[chitieu\] Invalid argument: expected a rollup from rollupCommunes\(\); 1 problem: r\.communes: /,
    );
  });

  it('leaves out of the change by criterion a criterion with no counterpart in the previous set', () => {
    // A provincial adaptation of the 2022 set with one criterion of its own.
    const extra = { number: 20, id: 'digital-village', name: 'Làng số', verified: false };
    const custom = { ...s2022, criteria: [...s2022.criteria, extra] } as CriteriaSet;
    const now = tallyProgresses(custom, [communeProgress(custom, [1, 20])], ['p']);
    const before = tallyProgresses(s2016, [communeProgress(s2016, [1])], ['p']);
    const c = computeChange(now, before);
    if (!c.byCriterion.comparable) throw new Error('expected comparable');
    expect(c.byCriterion.items).toHaveLength(19);
    expect(c.byCriterion.items.map((i) => i.criterion)).not.toContain('digital-village');
    expect(c.byCriterion.items[0]).toEqual({ criterion: 'planning', met: 0 });
  });

  it('breaks ties in mostMissed by criterion number, not by the order the set lists them', () => {
    const [c1, c2, ...rest] = s2022.criteria;
    const custom: CriteriaSet = { ...s2022, criteria: [c2, c1, ...rest] as Criterion[] };
    const r = finishRollup(
      tallyProgresses(custom, [communeProgress(custom, [])], ['p']),
      undefined,
    );
    expect(r.mostMissed.slice(0, 3).map((b) => b.criterion.number)).toEqual([1, 2, 3]);
  });
});
