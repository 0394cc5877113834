import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { type PlanGroup, planGroups } from '../../src/plan/plan-group.js';
import {
  type GroupedItem,
  type ItemStatus,
  type ScoredItem,
  scorecard,
  scorecardByGroup,
} from '../../src/plan/scorecard.js';
import type { Scorecard } from '../../src/plan/scorecard-schema.js';

const statuses: readonly ItemStatus[] = ['exceeded', 'met', 'not-met', 'pending'];
const statusArb = fc.constantFrom(...statuses);
const groupArb = fc.option(fc.constantFrom(...planGroups), { nil: undefined });

function expectLaws(card: Scorecard): void {
  expect(card.attained).toBe(card.met + card.exceeded);
  expect(card.total).toBe(card.exceeded + card.met + card.notMet + card.pending);
  for (const n of Object.values(card)) {
    expect(Number.isInteger(n) && n >= 0).toBe(true);
  }
}

describe('scorecard', () => {
  it('32 of 39 items met or exceeded, 7 not met: "32/39 chỉ tiêu đạt và vượt"', () => {
    const items = [
      ...Array.from({ length: 20 }, () => ({ status: 'exceeded' as const })),
      ...Array.from({ length: 12 }, () => ({ status: 'met' as const })),
      ...Array.from({ length: 7 }, () => ({ status: 'not-met' as const })),
    ];
    expect(scorecard(items)).toEqual({
      total: 39,
      exceeded: 20,
      met: 12,
      notMet: 7,
      pending: 0,
      attained: 32,
    });
  });

  it('counts items without a figure as pending, not as failed', () => {
    expect(scorecard([{ status: 'pending' }, { status: 'met' }])).toEqual({
      total: 2,
      exceeded: 0,
      met: 1,
      notMet: 0,
      pending: 1,
      attained: 1,
    });
  });

  it('accepts any object with a status (plan item results, attainments)', () => {
    const results = [
      { status: 'exceeded' as const, item: { id: 'a' }, attainment: null },
      { status: 'not-met' as const, gap: -3 },
    ];
    expect(scorecard(results).attained).toBe(1);
  });

  it('obeys its laws: attained = met + exceeded, total = the sum of the parts = the item count', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: statusArb })), (items) => {
        const card = scorecard(items);
        expectLaws(card);
        expect(card.total).toBe(items.length);
        expect(card.pending).toBe(items.filter((i) => i.status === 'pending').length);
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: statusArb })), (items) => {
        expect(scorecard([...items].reverse())).toEqual(scorecard(items));
      }),
    );
  });

  it('adds up over a split of the items', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: statusArb })), fc.nat(), (items, cut) => {
        const at = items.length === 0 ? 0 : cut % (items.length + 1);
        const a = scorecard(items.slice(0, at));
        const b = scorecard(items.slice(at));
        const all = scorecard(items);
        for (const key of Object.keys(all) as (keyof Scorecard)[]) {
          expect(a[key] + b[key]).toBe(all[key]);
        }
      }),
    );
  });

  describe('edge cases', () => {
    it('an empty list is all zeros', () => {
      expect(scorecard([])).toEqual({
        total: 0,
        exceeded: 0,
        met: 0,
        notMet: 0,
        pending: 0,
        attained: 0,
      });
    });

    it('rejects an unknown status with its index', () => {
      expect(() =>
        scorecard([{ status: 'met' }, { status: 'done' as ItemStatus }]),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at items[1].status: expected a status: 'exceeded', 'met', 'not-met' or 'pending'; received "done"]`,
      );
    });

    it('rejects a list that is not an array, at the path items', () => {
      for (const bad of [null, undefined, 'met', { length: 1, 0: { status: 'met' } }, 3]) {
        expect(() => scorecard(bad as unknown as ScoredItem[])).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['items'] }),
        );
        expect(() => scorecardByGroup(bad as unknown as ScoredItem[])).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path: ['items'] }),
        );
      }
      expect(() => scorecard(null as unknown as ScoredItem[])).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at items: expected an array of items, each with a status; received null]`,
      );
    });

    it('rejects an item that is not an object', () => {
      for (const bad of [null, undefined, 'met']) {
        try {
          scorecard([bad as unknown as { status: ItemStatus }]);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
          expect((error as ChitieuError).path).toEqual(['items', 0, 'status']);
        }
        expect(() => scorecardByGroup([bad as unknown as { status: ItemStatus }])).toThrow(
          ChitieuError,
        );
      }
    });
  });

  it('does not mutate its input', () => {
    const items = Object.freeze([Object.freeze({ status: 'met' as const })]);
    expect(() => scorecard(items)).not.toThrow();
    expect(items).toEqual([{ status: 'met' }]);
  });
});

describe('scorecardByGroup', () => {
  it('tallies each field (lĩnh vực) separately, in the order reports list them', () => {
    const byGroup = scorecardByGroup([
      { status: 'exceeded', group: 'party-building' },
      { status: 'not-met', group: 'economy' },
      { status: 'met', group: 'economy' },
      { status: 'pending' },
    ]);
    expect(Object.keys(byGroup)).toEqual(['economy', 'party-building', 'ungrouped']);
    expect(byGroup.economy).toEqual({
      total: 2,
      exceeded: 0,
      met: 1,
      notMet: 1,
      pending: 0,
      attained: 1,
    });
    expect(byGroup['party-building']?.attained).toBe(1);
    expect(byGroup.ungrouped?.pending).toBe(1);
    expect(byGroup.society).toBeUndefined();
  });

  it('reads the group of a plan item result from item.group', () => {
    const byGroup = scorecardByGroup([
      { status: 'met', item: { group: 'defence' } },
      { status: 'met', item: {} },
    ]);
    expect(byGroup.defence?.met).toBe(1);
    expect(byGroup.ungrouped?.met).toBe(1);
  });

  it('adds up to the scorecard of all the items', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: statusArb, group: groupArb })), (items) => {
        const byGroup = scorecardByGroup(items);
        const all = scorecard(items);
        const cards = Object.values(byGroup) as Scorecard[];
        for (const card of cards) expectLaws(card);
        for (const key of Object.keys(all) as (keyof Scorecard)[]) {
          expect(cards.reduce((sum, c) => sum + c[key], 0)).toBe(all[key]);
        }
      }),
    );
  });

  describe('edge cases', () => {
    it('an empty list has no groups', () => {
      expect(scorecardByGroup([])).toEqual({});
    });

    it('rejects an unknown group, even one named like an Object property', () => {
      for (const group of ['culture', '__proto__', 'constructor']) {
        try {
          scorecardByGroup([{ status: 'met', group: group as PlanGroup }]);
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(['items', 0, 'group']);
        }
      }
    });

    it('reports a bad group at the field it was read from', () => {
      const cases = [
        [{ status: 'met', item: { group: 'culture' } }, ['items', 0, 'item', 'group']],
        [
          { status: 'met', item: { indicator: { group: 'culture' } } },
          ['items', 0, 'item', 'indicator', 'group'],
        ],
        // a null group is passed over, like undefined: the bad value is the one read next
        [{ status: 'met', group: null, item: { group: 'bogus' } }, ['items', 0, 'item', 'group']],
        [
          { status: 'met', item: { group: null, indicator: { group: 'bogus' } } },
          ['items', 0, 'item', 'indicator', 'group'],
        ],
      ] as const;
      for (const [item, path] of cases) {
        expect(() => scorecardByGroup([item as unknown as GroupedItem])).toThrow(
          expect.objectContaining({ code: 'invalid-argument', path }),
        );
      }
    });

    it('rejects an unknown status at the index in the original list', () => {
      try {
        scorecardByGroup([
          { status: 'met', group: 'economy' },
          { status: 'met', group: 'society' },
          { status: 'ok' as ItemStatus, group: 'society' },
        ]);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).path).toEqual(['items', 2, 'status']);
      }
    });
  });

  it('does not mutate its input', () => {
    const items = [{ status: 'met' as const, group: 'economy' as const }];
    const copy = structuredClone(items);
    scorecardByGroup(items);
    expect(items).toEqual(copy);
  });
});

describe('scorecardByGroup errors', () => {
  it('names the allowed groups for an unknown one', () => {
    expect(() =>
      scorecardByGroup([{ status: 'met', group: 'culture' } as unknown as GroupedItem]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at items[0].group: expected a group: economy, society, environment, party-building, defence; received "culture"]`,
    );
  });
});
