import type { Status } from '../attainment/attainment-schema.js';
import { chitieuError } from '../errors.js';
import { type PlanGroup, planGroups } from './plan-group.js';
import type { Scorecard, ScorecardByGroup } from './scorecard-schema.js';

/**
 * The status of one plan item in a scorecard: an attainment {@link Status}, or `'pending'`
 * when it could not be assessed against the plan (no figure yet: "chưa có số liệu").
 *
 * @category Plans
 */
export type ItemStatus = Status | 'pending';

/**
 * Anything with a status: a {@link PlanItemResult}, an {@link Attainment}, or a plain
 * `{ status }`.
 *
 * @category Plans
 */
export interface ScoredItem {
  readonly status: ItemStatus;
}

/**
 * Count items by status into a {@link Scorecard}.
 *
 * @category Plans
 * @param items - the items, each with a `status`
 * @returns the tally; an empty list gives all zeros
 * @throws {@link ChitieuError} `invalid-argument` when `items` is not an array (path
 * `['items']`) or an item's status is not one of 'exceeded', 'met', 'not-met', 'pending'
 * (path `['items', i, 'status']`)
 * @example
 * ```ts
 * scorecard([{ status: 'exceeded' }, { status: 'met' }, { status: 'not-met' }, { status: 'pending' }]);
 * //=> { total: 4, exceeded: 1, met: 1, notMet: 1, pending: 1, attained: 2 }
 * scorecard([]).total;
 * //=> 0
 * scorecard([{ status: 'done' }]);
 * // throws ChitieuError invalid-argument
 * scorecard(null);
 * // throws ChitieuError invalid-argument
 * ```
 */
export function scorecard(items: readonly ScoredItem[]): Scorecard {
  checkItems(items);
  let exceeded = 0;
  let met = 0;
  let notMet = 0;
  let pending = 0;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    const status = typeof item === 'object' && item !== null ? item.status : undefined;
    if (status === 'exceeded') exceeded++;
    else if (status === 'met') met++;
    else if (status === 'not-met') notMet++;
    else if (status === 'pending') pending++;
    else throw badStatus(items[i], i);
  }
  return { total: n, exceeded, met, notMet, pending, attained: exceeded + met };
}

/** The list of items must be an array (a string or an array-like is not). */
function checkItems(items: unknown): void {
  if (!Array.isArray(items)) {
    throw chitieuError('invalid-argument', 'an array of items, each with a status', {
      received: items,
      path: ['items'],
    });
  }
}

function badStatus(item: unknown, index: number) {
  return chitieuError('invalid-argument', "a status: 'exceeded', 'met', 'not-met' or 'pending'", {
    received:
      typeof item === 'object' && item !== null ? (item as { status?: unknown }).status : item,
    path: ['items', index, 'status'],
  });
}

/**
 * An item that may belong to a {@link PlanGroup}: directly (`group`), or through its plan
 * item (`item.group`, else the group of `item.indicator`, as in a {@link PlanItemResult}).
 *
 * @category Plans
 */
export interface GroupedItem extends ScoredItem {
  readonly group?: PlanGroup | undefined;
  readonly item?:
    | {
        readonly group?: PlanGroup | undefined;
        readonly indicator?: { readonly group?: PlanGroup | undefined } | undefined;
      }
    | undefined;
}

/**
 * Count items by status within each group (lĩnh vực: kinh tế, xã hội, môi trường, xây dựng
 * Đảng, quốc phòng – an ninh).
 *
 * @category Plans
 * @param items - the items, each with a `status` and optionally a `group` (or `item.group`,
 * or `item.indicator.group`)
 * @returns one {@link Scorecard} per group that occurs
 * @throws {@link ChitieuError} `invalid-argument` when `items` is not an array (path
 * `['items']`), for an unknown status (`['items', i, 'status']`) or group
 * (`['items', i, 'group']`)
 * @example
 * ```ts
 * const byGroup = scorecardByGroup([
 *   { status: 'exceeded', group: 'party-building' },
 *   { status: 'not-met', group: 'economy' },
 *   { status: 'met', group: 'economy' },
 *   { status: 'pending' },
 * ]);
 * Object.keys(byGroup);
 * //=> ['economy', 'party-building', 'ungrouped']
 * byGroup.economy;
 * //=> { total: 2, met: 1, notMet: 1, attained: 1 }
 * ```
 */
export function scorecardByGroup(items: readonly GroupedItem[]): ScorecardByGroup {
  checkItems(items);
  const tallies = new Map<PlanGroup | 'ungrouped', Tally>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as GroupedItem;
    if (typeof it !== 'object' || it === null) throw badStatus(it, i);
    const group = it.group ?? it.item?.group ?? it.item?.indicator?.group ?? 'ungrouped';
    let tally = tallies.get(group);
    if (tally === undefined) {
      if (group !== 'ungrouped' && !planGroups.includes(group)) {
        throw chitieuError('invalid-argument', `a group: ${planGroups.join(', ')}`, {
          received: group,
          path: ['items', i, ...groupPath(it)],
        });
      }
      tally = { exceeded: 0, met: 0, notMet: 0, pending: 0 };
      tallies.set(group, tally);
    }
    const status = it.status;
    if (status === 'exceeded') tally.exceeded++;
    else if (status === 'met') tally.met++;
    else if (status === 'not-met') tally.notMet++;
    else if (status === 'pending') tally.pending++;
    else throw badStatus(it, i);
  }
  const out: Partial<Record<PlanGroup | 'ungrouped', Scorecard>> = {};
  for (const group of [...planGroups, 'ungrouped'] as const) {
    const t = tallies.get(group);
    if (t !== undefined) {
      out[group] = {
        total: t.exceeded + t.met + t.notMet + t.pending,
        exceeded: t.exceeded,
        met: t.met,
        notMet: t.notMet,
        pending: t.pending,
        attained: t.exceeded + t.met,
      };
    }
  }
  return out;
}

/** Where an item's group was read from (the first that is not null or undefined), for the error. */
function groupPath(it: GroupedItem): readonly string[] {
  if (it.group != null) return ['group'];
  return it.item?.group != null ? ['item', 'group'] : ['item', 'indicator', 'group'];
}

interface Tally {
  exceeded: number;
  met: number;
  notMet: number;
  pending: number;
}
