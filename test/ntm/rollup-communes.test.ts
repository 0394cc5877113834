import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import type { CommuneProgress } from '../../src/ntm/commune-progress-schema.js';
import type { NtmTier } from '../../src/ntm/criteria-set-schema.js';
import { mergeRollups } from '../../src/ntm/merge-rollups.js';
import { type NtmRollup, ntmRollupSchema } from '../../src/ntm/ntm-rollup-schema.js';
import { rollupCommunes } from '../../src/ntm/rollup-communes.js';
import { caught } from '../support/caught.js';

const all19 = Array.from({ length: 19 }, (_, i) => i + 1);
const without = (...missing: number[]) => all19.filter((n) => !missing.includes(n));

/** fast-check: a commune on the 2016 set, with an optional recognised tier when it qualifies. */
const communeArb = fc
  .tuple(
    fc.subarray(all19),
    fc.constantFrom<NtmTier | undefined>(undefined, 'standard', 'advanced', 'model'),
    fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
  )
  .map(([met, tier, name]) =>
    communeProgress('ntm-commune-2016', met, {
      ...(tier !== undefined && met.length === 19 ? { tier } : {}),
      ...(name !== undefined ? { name } : {}),
    }),
  );

describe('rollupCommunes', () => {
  it('adds up criteria met over the communes and averages them exactly', () => {
    const r = rollupCommunes([
      communeProgress('ntm-commune-2016', all19),
      communeProgress('ntm-commune-2016', without(10, 17)),
      communeProgress('ntm-commune-2016', without(10)),
    ]);
    expect(r.communes).toBe(3);
    expect(r.criteriaPerCommune).toBe(19);
    expect(r.criteriaMet).toBe(19 + 17 + 18);
    expect(r.averagePerCommune?.toString()).toBe('18');
    expect(r.qualified).toEqual({ standard: 1, advanced: 0, model: 0 });
  });

  it('keeps the average exact: 381 criteria over 21 communes is 18,142857…', () => {
    const list = [
      ...Array.from({ length: 17 }, () => communeProgress('ntm-commune-2016', all19)),
      communeProgress('ntm-commune-2016', without(10, 12, 17)),
      communeProgress('ntm-commune-2016', without(2, 10, 13, 17)),
      communeProgress('ntm-commune-2016', without(2, 5, 10, 13, 17)),
      communeProgress('ntm-commune-2016', without(2, 5, 6, 11, 13, 17)),
    ];
    const r = rollupCommunes(list);
    expect(r.criteriaMet).toBe(381);
    expect(r.averagePerCommune?.times(21).toSignificantDigits(40).toString()).toBe('381');
    expect(r.averagePerCommune?.toFixed(4)).toBe('18.1429');
  });

  it('counts levels nested, as reports do: nâng cao and kiểu mẫu communes are also NTM', () => {
    const r = rollupCommunes([
      communeProgress('ntm-commune-2022', all19, { tier: 'model' }),
      communeProgress('ntm-commune-2022', all19, { tier: 'advanced' }),
      communeProgress('ntm-commune-2022', all19),
      communeProgress('ntm-commune-2022', without(1)),
    ]);
    expect(r.qualified).toEqual({ standard: 3, advanced: 2, model: 1 });
    expect(r.communeResults.map((c) => c.level)).toEqual(['model', 'advanced', 'standard', null]);
  });

  it('counts a recognised tier even when the commune no longer meets every criterion (re-assessed after a set change)', () => {
    const r = rollupCommunes([
      communeProgress('ntm-commune-2022', without(10), { tier: 'standard' }),
    ]);
    expect(r.qualified.standard).toBe(1);
    expect(r.communeResults[0]).toEqual({
      name: null,
      met: 18,
      qualifies: false,
      level: 'standard',
    });
  });

  it('tallies each criterion and ranks the ones that hold most communes back', () => {
    const r = rollupCommunes([
      communeProgress('ntm-commune-2016', without(10, 17)),
      communeProgress('ntm-commune-2016', without(17)),
      communeProgress('ntm-commune-2016', without(2, 10, 17)),
    ]);
    expect(r.byCriterion).toHaveLength(19);
    expect(r.byCriterion[16]).toMatchObject({ met: 0, notMet: 3 });
    expect(r.byCriterion[16]?.criterion.name).toBe('Môi trường và an toàn thực phẩm');
    expect(r.mostMissed.map((t) => [t.criterion.number, t.notMet])).toEqual([
      [17, 3],
      [10, 2],
      [2, 1],
    ]);
  });

  it('compares with the previous year: +19 criteria, +4 NTM, +3 nâng cao', () => {
    const before = rollupCommunes([
      communeProgress('ntm-commune-2016', all19, { tier: 'advanced' }),
      communeProgress('ntm-commune-2016', without(10)),
    ]);
    const after = rollupCommunes(
      [
        communeProgress('ntm-commune-2016', all19, { tier: 'advanced' }),
        communeProgress('ntm-commune-2016', all19, { tier: 'advanced' }),
      ],
      { previous: before },
    );
    expect(after.change).toMatchObject({
      communes: 0,
      criteriaMet: 1,
      qualified: { standard: 1, advanced: 1, model: 0 },
      previous: { set: 'ntm-commune-2016', communes: 2, criteriaMet: 37 },
    });
    expect(after.change?.averagePerCommune?.toString()).toBe('0.5');
    const byCriterion = after.change?.byCriterion;
    expect(byCriterion?.comparable).toBe(true);
    if (byCriterion?.comparable) {
      expect(byCriterion.items.filter((i) => i.met !== 0)).toEqual([
        { criterion: 'income', met: 1 },
      ]);
    }
  });

  it('takes the previous year as a progress list too, with the same result', () => {
    const prev = [
      communeProgress('ntm-commune-2016', without(3, 4)),
      communeProgress('ntm-commune-2016', all19),
    ];
    const cur = [
      communeProgress('ntm-commune-2016', without(3)),
      communeProgress('ntm-commune-2016', all19),
    ];
    expect(rollupCommunes(cur, { previous: prev })).toEqual(
      rollupCommunes(cur, { previous: rollupCommunes(prev) }),
    );
  });

  it('compares across the set change 2016 → 2022 criterion by criterion (renamed criteria map)', () => {
    const before = rollupCommunes([communeProgress('ntm-commune-2016', without(11, 12))]);
    const after = rollupCommunes([communeProgress('ntm-commune-2022', without(12))], {
      previous: before,
    });
    expect(after.change?.criteriaMet).toBe(1);
    const byCriterion = after.change?.byCriterion;
    if (!byCriterion?.comparable) throw new Error('expected comparable sets');
    expect(byCriterion.items.filter((i) => i.met !== 0)).toEqual([
      { criterion: 'multidimensional-poverty', met: 1 },
    ]);
    expect(after.change?.previous.set).toBe('ntm-commune-2016');
  });

  it('against a set that does not correspond, totals still change but per criterion is not comparable (with a reason)', () => {
    const before = rollupCommunes([communeProgress('ntm-commune-2022', all19)]);
    const after = rollupCommunes([communeProgress('ntm-commune-2026', [1, 2, 3])], {
      previous: before,
    });
    expect(after.change?.criteriaMet).toBe(3 - 19);
    expect(after.change?.byCriterion).toEqual({
      comparable: false,
      reason:
        'the criteria of ntm-commune-2022 (QĐ 318/QĐ-TTg) do not correspond one by one to those of ntm-commune-2026 (QĐ 51/2025/QĐ-TTg)',
    });
  });

  it('maps progress on a corresponding set into the rollup set', () => {
    const r = rollupCommunes(
      [
        communeProgress('ntm-commune-2022', all19),
        communeProgress('ntm-commune-2016', without(11)),
      ],
      { set: 'ntm-commune-2022' },
    );
    expect(r.set).toBe('ntm-commune-2022');
    expect(r.criteriaMet).toBe(37);
    expect(r.byCriterion[10]).toMatchObject({ met: 1, notMet: 1 });
    expect(r.byCriterion[10]?.criterion.name).toBe('Nghèo đa chiều');
  });

  describe('edge cases', () => {
    it('an empty list needs options.set, and then rolls up to zero with no average', () => {
      expect(caught(() => rollupCommunes([])).code).toBe('invalid-argument');
      const r = rollupCommunes([], { set: 'ntm-commune-2022' });
      expect([r.communes, r.criteriaMet, r.averagePerCommune, r.mostMissed.length]).toEqual([
        0,
        0,
        null,
        0,
      ]);
    });

    it('a progress on a set that does not correspond is unit-mismatch at its path', () => {
      const e = caught(() =>
        rollupCommunes([
          communeProgress('ntm-commune-2022', [1]),
          communeProgress('ntm-commune-2026', [1]),
        ]),
      );
      expect(e.code).toBe('unit-mismatch');
      expect(e.path).toEqual(['progresses', 1, 'set']);
    });

    it('a district-level set is invalid-argument', () => {
      expect(caught(() => rollupCommunes([], { set: 'ntm-district-2022' })).code).toBe(
        'invalid-argument',
      );
    });

    it('a hand-made progress with an unknown id, a wrong count or a wrong verdict is refused', () => {
      const good = communeProgress('ntm-commune-2022', [1, 2]);
      const unknown = { ...good, metIds: ['planning', 'poverty'] } as CommuneProgress;
      expect(caught(() => rollupCommunes([unknown])).path).toEqual(['progresses', 0, 'metIds', 1]);
      expect(caught(() => rollupCommunes([{ ...good, met: 3 }])).path).toEqual([
        'progresses',
        0,
        'met',
      ]);
      expect(caught(() => rollupCommunes([{ ...good, qualifies: true }])).path).toEqual([
        'progresses',
        0,
        'qualifies',
      ]);
      const twice = { ...good, metIds: ['planning', 'planning'] } as CommuneProgress;
      expect(caught(() => rollupCommunes([twice])).code).toBe('invalid-argument');
      expect(caught(() => rollupCommunes([null as unknown as CommuneProgress])).path).toEqual([
        'progresses',
        0,
      ]);
      expect(caught(() => rollupCommunes('x' as unknown as CommuneProgress[])).path).toEqual([
        'progresses',
      ]);
    });

    it('an unknown set in a progress is unknown-criteria-set', () => {
      const bad = {
        ...communeProgress('ntm-commune-2022', []),
        set: 'ntm-x',
      } as unknown as CommuneProgress;
      expect(caught(() => rollupCommunes([bad])).code).toBe('unknown-criteria-set');
    });

    it('a bad previous is invalid-argument at options.previous', () => {
      const e = caught(() =>
        rollupCommunes([communeProgress('ntm-commune-2022', [])], {
          previous: 5 as unknown as NtmRollup,
        }),
      );
      expect(e.path).toEqual(['options', 'previous']);
    });
  });

  it('does not mutate its input, and returns frozen results', () => {
    const list = [
      communeProgress('ntm-commune-2016', [1, 2]),
      communeProgress('ntm-commune-2016', all19),
    ];
    const json = JSON.stringify(list);
    const r = rollupCommunes(list);
    expect(JSON.stringify(list)).toBe(json);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.byCriterion)).toBe(true);
    expect(Object.isFrozen(r.communeResults)).toBe(true);
  });

  it('survives a JSON round trip through its schema, change included', () => {
    const before = rollupCommunes([communeProgress('ntm-commune-2016', without(10))]);
    const r = rollupCommunes([communeProgress('ntm-commune-2022', all19, { name: 'Xã A' })], {
      previous: before,
    });
    const back = z.parse(ntmRollupSchema, JSON.parse(JSON.stringify(r)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(r));
  });

  describe('laws (fast-check)', () => {
    it('additivity: the rollup of two lists put together is the merge of their rollups', () => {
      fc.assert(
        fc.property(
          fc.array(communeArb, { maxLength: 8 }),
          fc.array(communeArb, { maxLength: 8 }),
          (a, b) => {
            const opts = { set: 'ntm-commune-2016' } as const;
            const whole = rollupCommunes([...a, ...b], opts);
            const merged = mergeRollups([rollupCommunes(a, opts), rollupCommunes(b, opts)]);
            expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
          },
        ),
      );
    });

    it('additivity holds for the change too, when both halves have a previous year', () => {
      fc.assert(
        fc.property(
          fc.array(communeArb, { minLength: 1, maxLength: 6 }),
          fc.array(communeArb, { minLength: 1, maxLength: 6 }),
          fc.array(communeArb, { minLength: 1, maxLength: 6 }),
          fc.array(communeArb, { minLength: 1, maxLength: 6 }),
          (a, b, pa, pb) => {
            const whole = rollupCommunes([...a, ...b], { previous: [...pa, ...pb] });
            const merged = mergeRollups([
              rollupCommunes(a, { previous: pa }),
              rollupCommunes(b, { previous: pb }),
            ]);
            expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
          },
        ),
      );
    });

    it('criteria met is the sum of byCriterion, and met + notMet is the number of communes', () => {
      fc.assert(
        fc.property(fc.array(communeArb, { minLength: 1, maxLength: 10 }), (list) => {
          const r = rollupCommunes(list);
          expect(r.byCriterion.reduce((s, t) => s + t.met, 0)).toBe(r.criteriaMet);
          expect(r.byCriterion.every((t) => t.met + t.notMet === r.communes)).toBe(true);
          expect(r.criteriaMet).toBe(list.reduce((s, p) => s + p.met, 0));
          expect(
            r.qualified.standard >= r.qualified.advanced &&
              r.qualified.advanced >= r.qualified.model,
          ).toBe(true);
        }),
      );
    });

    it('order does not matter for the figures', () => {
      fc.assert(
        fc.property(fc.array(communeArb, { minLength: 1, maxLength: 10 }), (list) => {
          const a = rollupCommunes(list);
          const b = rollupCommunes([...list].reverse());
          expect([b.criteriaMet, b.qualified, b.byCriterion]).toEqual([
            a.criteriaMet,
            a.qualified,
            a.byCriterion,
          ]);
        }),
      );
    });

    it('change against itself is zero', () => {
      fc.assert(
        fc.property(fc.array(communeArb, { minLength: 1, maxLength: 8 }), (list) => {
          const r = rollupCommunes(list, { previous: list });
          expect(r.change?.criteriaMet).toBe(0);
          expect(r.change?.qualified).toEqual({ standard: 0, advanced: 0, model: 0 });
          expect(r.change?.averagePerCommune?.isZero()).toBe(true);
        }),
      );
    });
  });
});

describe('rollupCommunes: arguments and the previous year', () => {
  const p = communeProgress('ntm-commune-2022', [1, 2]);

  it('says what it expected of progresses, options and the first progress', () => {
    expect(caught(() => rollupCommunes('x' as unknown as CommuneProgress[])).message).toBe(
      '[chitieu] Invalid argument at progresses: expected a list of commune progresses; received "x"',
    );
    for (const [first, shown] of [
      [null, 'null'],
      [5, '5'],
      [undefined, 'undefined'],
    ] as const) {
      const e = caught(() => rollupCommunes([first as unknown as CommuneProgress]));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['progresses', 0]]);
      expect(e.message).toBe(
        `[chitieu] Invalid argument at progresses[0]: expected a commune progress from communeProgress(); received ${shown}`,
      );
    }
    expect(caught(() => rollupCommunes([])).message).toBe(
      '[chitieu] Invalid argument at progresses: expected at least one commune progress, or options.set; received an array of 0',
    );
  });

  it('options that are not an object are invalid-argument at options', () => {
    for (const [options, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const e = caught(() => rollupCommunes([p], options as never));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['options']]);
      expect(e.message).toBe(
        `[chitieu] Invalid argument at options: expected an options object; received ${shown}`,
      );
    }
  });

  it('an unknown options.set is unknown-criteria-set at options.set', () => {
    const e = caught(() => rollupCommunes([p], { set: 'ntm-x' as 'ntm-commune-2022' }));
    expect([e.code, e.path]).toEqual(['unknown-criteria-set', ['options', 'set']]);
  });

  it('an empty previous list is zero communes on the rollup set', () => {
    const r = rollupCommunes([p], { previous: [] });
    expect(r.change?.previous).toMatchObject({ set: 'ntm-commune-2022', communes: 0 });
    expect(r.change?.criteriaMet).toBe(2);
  });

  it('a previous list is counted on its own set', () => {
    const r = rollupCommunes([p], { previous: [communeProgress('ntm-commune-2016', [1])] });
    expect(r.change?.previous.set).toBe('ntm-commune-2016');
    expect(r.change?.previous.criteriaMet).toBe(1);
  });

  it('errors in a previous list point into options.previous', () => {
    const none = caught(() =>
      rollupCommunes([p], { previous: [null as unknown as CommuneProgress] }),
    );
    expect([none.code, none.path]).toEqual(['invalid-argument', ['options', 'previous', 0]]);
    const unknownSet = { ...p, set: 'ntm-x' } as unknown as CommuneProgress;
    expect(caught(() => rollupCommunes([p], { previous: [unknownSet] })).path).toEqual([
      'options',
      'previous',
      0,
      'set',
    ]);
    const second = caught(() =>
      rollupCommunes([p], { previous: [p, null as unknown as CommuneProgress] }),
    );
    expect([second.code, second.path]).toEqual(['invalid-argument', ['options', 'previous', 1]]);
  });

  it('a previous that is neither a rollup nor a list says so', () => {
    for (const [previous, shown] of [
      ['x', '"x"'],
      [null, 'null'],
      [{}, 'an object'],
    ] as const) {
      const e = caught(() => rollupCommunes([p], { previous: previous as unknown as NtmRollup }));
      expect(e.message).toBe(
        `[chitieu] Invalid argument at options.previous: expected a previous rollup or a list of commune progresses; received ${shown}`,
      );
    }
  });
});
