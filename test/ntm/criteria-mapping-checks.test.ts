import { describe, expect, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import type { CommuneProgress } from '../../src/ntm/commune-progress-schema.js';
import {
  correspondence,
  mapCommuneProgress,
  mapCriterion,
  mapProgressUnchecked,
} from '../../src/ntm/criteria-mapping.js';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';
import { caught } from '../support/caught.js';

const s2016 = criteriaSets['ntm-commune-2016'];
const s2022 = criteriaSets['ntm-commune-2022'];
const advanced = criteriaSets['ntm-commune-advanced-2022'];
const all19 = Array.from({ length: 19 }, (_, i) => i + 1);
const identity = all19.map((n) => n - 1);

function facts(run: () => unknown) {
  const e = caught(run);
  return { code: e.code, path: e.path, message: e.message };
}

/** 2016 with its last criterion swapped for one that has no counterpart in 2022. */
const extra2016: CriteriaSet = {
  ...s2016,
  criteria: [
    ...s2016.criteria.slice(0, 18),
    { ...(s2016.criteria[18] as CriteriaSet['criteria'][number]), id: 'extra', number: 20 },
  ],
};

describe('correspondence', () => {
  it('is null for sets that are not paired, in either direction', () => {
    expect(correspondence(s2016, criteriaSets['ntm-commune-2026'])).toBeNull();
    expect(correspondence(criteriaSets['ntm-commune-2026'], s2022)).toBeNull();
    expect(correspondence(s2022, advanced)).toBeNull();
    // into 2016 only from 2022: another set is not paired with 2016 in either direction
    expect(correspondence(criteriaSets['ntm-commune-2026'], s2016)).toBeNull();
    expect(correspondence(advanced, s2016)).toBeNull();
  });

  it('works backwards: 2022 criteria map to the same positions of 2016', () => {
    expect(correspondence(s2022, s2016)).toEqual(identity);
  });

  it('gives -1 for a criterion with no counterpart, and skips pairs a set lacks', () => {
    expect(correspondence(extra2016, s2022)).toEqual([...identity.slice(0, 18), -1]);
    expect(correspondence(s2022, extra2016)).toEqual([...identity.slice(0, 18), -1]);
  });
});

describe('mapCriterion errors', () => {
  it('names both sets and decisions when they do not correspond', () => {
    expect(() =>
      mapCriterion('income', 'ntm-commune-2022', 'ntm-commune-2026'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Unit mismatch (đơn vị tính) at to: expected criteria of ntm-commune-2026 (QĐ 51/2025/QĐ-TTg) or of a set that corresponds to it criterion by criterion; received "criteria of ntm-commune-2022 (QĐ 318/QĐ-TTg)"]`,
    );
    expect(
      caught(() => mapCriterion('income', 'ntm-commune-2022', 'ntm-commune-2026')).path,
    ).toEqual(['to']);
  });

  it('points at `to` for an unknown target set', () => {
    expect(
      caught(() => mapCriterion(1, 'ntm-commune-2016', 'ntm-commune-2019' as never)).path,
    ).toEqual(['to']);
  });

  it('rejects a criterion that has no counterpart', () => {
    expect(facts(() => mapCriterion('extra', extra2016, s2022))).toMatchInlineSnapshot(`
      {
        "code": "unit-mismatch",
        "message": "[chitieu] Unit mismatch (đơn vị tính) at to: expected criteria of ntm-commune-2022 (QĐ 318/QĐ-TTg) or of a set that corresponds to it criterion by criterion; received "criteria of ntm-commune-2016 (QĐ 1980/QĐ-TTg)"",
        "path": [
          "to",
        ],
      }
    `);
    expect(mapCriterion(18, extra2016, s2022).id).toBe(s2022.criteria[17]?.id);
  });
});

describe('mapCommuneProgress checks the progress', () => {
  it('rejects something that is not a progress', () => {
    expect(
      facts(() => mapCommuneProgress(null as unknown as CommuneProgress, s2022)),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at progress: expected a commune progress from communeProgress(); received null",
        "path": [
          "progress",
        ],
      }
    `);
  });

  it('rejects progress on an unknown set, at progress.set', () => {
    const bad = {
      ...communeProgress(s2016, [1]),
      set: 'ntm-commune-2019',
    } as unknown as CommuneProgress;
    expect(facts(() => mapCommuneProgress(bad, s2022))).toMatchInlineSnapshot(`
      {
        "code": "unknown-criteria-set",
        "message": "[chitieu] Unknown criteria set (bộ tiêu chí) at progress.set: expected one of "ntm-commune-2016", "ntm-commune-2022", "ntm-commune-advanced-2022", "ntm-commune-model-2022", "ntm-district-2016", "ntm-district-2022", "ntm-commune-2026"; received "ntm-commune-2019"",
        "path": [
          "progress",
          "set",
        ],
      }
    `);
  });

  it('rejects a target that does not correspond, at to', () => {
    expect(
      facts(() => mapCommuneProgress(communeProgress(s2016, [1]), 'ntm-commune-2026')),
    ).toMatchInlineSnapshot(`
      {
        "code": "unit-mismatch",
        "message": "[chitieu] Unit mismatch (đơn vị tính) at to: expected criteria of ntm-commune-2026 (QĐ 51/2025/QĐ-TTg) or of a set that corresponds to it criterion by criterion; received "criteria of ntm-commune-2016 (QĐ 1980/QĐ-TTg)"",
        "path": [
          "to",
        ],
      }
    `);
  });

  it('rejects notMetIndicators that is not a list', () => {
    const bad = {
      ...communeProgress(s2016, [1]),
      notMetIndicators: 'x',
    } as unknown as CommuneProgress;
    expect(facts(() => mapCommuneProgress(bad, s2022))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at progress.notMetIndicators: expected a list of notMetIndicators in a commune progress; received "x"",
        "path": [
          "progress",
          "notMetIndicators",
        ],
      }
    `);
  });

  it('rejects a malformed sub-indicator, at its position', () => {
    const p = communeProgress(s2016, [1]);
    const withNull = { ...p, notMetIndicators: [null] } as unknown as CommuneProgress;
    expect(facts(() => mapCommuneProgress(withNull, s2022))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at progress.notMetIndicators[0]: expected a sub-indicator not met: { criterion, indicator }; received null",
        "path": [
          "progress",
          "notMetIndicators",
          0,
        ],
      }
    `);
    const numbered = {
      ...p,
      notMetIndicators: [
        { criterion: 'income', indicator: 'income-per-capita' },
        { criterion: 'income', indicator: 5 },
      ],
    } as unknown as CommuneProgress;
    expect(caught(() => mapCommuneProgress(numbered, s2022)).path).toEqual([
      'progress',
      'notMetIndicators',
      1,
    ]);
  });

  it('drops a sub-indicator of a criterion the set does not know, keeps the others', () => {
    const p = {
      ...communeProgress(s2016, [1]),
      notMetIndicators: [
        { criterion: 'nope', indicator: 'a' },
        { criterion: 'poor-households', indicator: 'b' },
      ],
    } as CommuneProgress;
    expect(mapCommuneProgress(p, s2022).notMetIndicators).toEqual([
      { criterion: 'multidimensional-poverty', indicator: 'b' },
    ]);
  });
});

describe('mapProgressUnchecked', () => {
  it('points errors at progress by default', () => {
    const bad = { ...communeProgress(s2016, [1]), metIds: 'x' } as unknown as CommuneProgress;
    expect(facts(() => mapProgressUnchecked(bad, s2016, s2022, identity))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "message": "[chitieu] Invalid argument at progress.metIds: expected a list of metIds in a commune progress; received "x"",
        "path": [
          "progress",
          "metIds",
        ],
      }
    `);
  });

  it('carries the prerequisite onto a set that has one, and judges qualifies by it', () => {
    const yes = communeProgress(advanced, all19, { prerequisiteMet: true });
    const no = communeProgress(advanced, all19, { prerequisiteMet: false });
    const m = mapProgressUnchecked(yes, advanced, advanced, identity);
    expect(m.prerequisite).toEqual({ set: 'ntm-commune-2022', met: true });
    expect(m.qualifies).toBe(true);
    const n = mapProgressUnchecked(no, advanced, advanced, identity);
    expect(n.prerequisite).toEqual({ set: 'ntm-commune-2022', met: false });
    expect(n.qualifies).toBe(false);
    const none = mapProgressUnchecked({ ...yes, prerequisite: null }, advanced, advanced, identity);
    expect(none.prerequisite).toEqual({ set: 'ntm-commune-2022', met: null });
    expect(none.qualifies).toBe(false);
  });

  it('has no prerequisite on a set without one', () => {
    expect(mapCommuneProgress(communeProgress(s2016, all19), s2022)).toMatchObject({
      prerequisite: null,
      qualifies: true,
      met: 19,
    });
  });
});

describe('criteria mapping: only paired sets correspond', () => {
  it('a criterion both sets happen to share is still unit-mismatch when the sets are not paired', () => {
    expect(s2022.criteria[0]?.id).toBe('planning');
    expect(criteriaSets['ntm-commune-2026'].criteria[0]?.id).toBe('planning');
    expect(facts(() => mapCriterion('planning', s2022, 'ntm-commune-2026'))).toMatchObject({
      code: 'unit-mismatch',
      path: ['to'],
    });
    expect(
      caught(() => mapCommuneProgress(communeProgress(s2022, [1]), 'ntm-commune-2026')).code,
    ).toBe('unit-mismatch');
  });

  it('a criterion with no counterpart in a custom target set is unit-mismatch at to', () => {
    const without = { ...s2022, criteria: s2022.criteria.filter((c) => c.id !== 'income') };
    expect(mapCriterion('planning', s2016, without).id).toBe('planning');
    expect(facts(() => mapCriterion('income', s2016, without))).toMatchObject({
      code: 'unit-mismatch',
      path: ['to'],
    });
  });

  it('an unknown target set is unknown-criteria-set at to', () => {
    const e = caught(() =>
      mapCommuneProgress(communeProgress(s2016, [1]), 'ntm-x' as 'ntm-commune-2022'),
    );
    expect([e.code, e.path]).toEqual(['unknown-criteria-set', ['to']]);
  });

  it('a sub-indicator entry that is missing is invalid-argument, not a TypeError', () => {
    const p = {
      ...communeProgress(s2016, [1]),
      notMetIndicators: [undefined],
    } as unknown as CommuneProgress;
    expect(facts(() => mapCommuneProgress(p, s2022))).toMatchObject({
      code: 'invalid-argument',
      path: ['progress', 'notMetIndicators', 0],
    });
  });
});
