import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import {
  checkArray,
  checkCount,
  checkRecord,
  checkUniqueName,
} from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { QuotaAllocation } from './admission-quotas-schema.js';

/**
 * Options for {@link allocateAdmissionQuotas}.
 *
 * @category Party
 */
export interface AllocateAdmissionQuotasOptions {
  /** The least quota each unit gets ("ít nhất 07"); 0 unless given. */
  readonly minPerUnit?: number;
}

/**
 * One unit to allocate a quota to: its name and, optionally, its weight (for instance its
 * number of party members); units without a weight weigh 1.
 *
 * @category Party
 */
export interface AllocationUnit {
  readonly unit: string;
  readonly weight?: Numeric;
}

/** The options allocateAdmissionQuotas knows: any other key is refused (a misspelling would be ignored). */
const ALLOCATE_ADMISSION_QUOTAS_OPTIONS: readonly string[] = ['minPerUnit'];

/**
 * Split a district's admission plan into unit quotas: every unit first gets the floor
 * (`minPerUnit`), then what remains of the plan is shared in proportion to the weights by
 * the largest-remainder method (whole people; ties go to the unit listed first), so the
 * quotas add up to exactly the plan. When the floors alone exceed the plan, every unit gets
 * the floor and `surplus` says by how much the total exceeds the plan.
 *
 * @category Party
 * @param units - the units, with optional weights
 * @param districtPlan - the district's plan, a whole number
 * @param options - the per-unit floor
 * @returns each unit's quota, the total and the surplus forced by the floors
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a bad plan, floor or unit, a negative
 * weight, or weights that are all 0 when there is something to share
 * @example
 * ```ts
 * const a = allocateAdmissionQuotas(
 *   [{ unit: 'Đảng bộ xã A', weight: 300 }, { unit: 'Đảng bộ xã B', weight: 100 }],
 *   90,
 *   { minPerUnit: 7 },
 * );
 * a.units.map((u) => u.quota);
 * //=> [64, 26]
 * allocateAdmissionQuotas([{ unit: 'A' }, { unit: 'B' }, { unit: 'C' }], 10).units.map((u) => u.quota);
 * //=> [4, 3, 3]
 * ```
 */
export function allocateAdmissionQuotas(
  units: readonly AllocationUnit[],
  districtPlan: number,
  options: AllocateAdmissionQuotasOptions = {},
): QuotaAllocation {
  checkOptionKeys(options, ALLOCATE_ADMISSION_QUOTAS_OPTIONS);
  const list = checkArray(units, 'an array of units ({ unit, weight? })', ['units']);
  const plan = checkCount(districtPlan, ['districtPlan']);
  checkRecord(options, 'an options object', ['options']);
  const floor = checkCount(options.minPerUnit ?? 0, ['options', 'minPerUnit']);
  const seen = new Set<string>();
  const names: string[] = [];
  const weights: Decimal[] = [];
  list.forEach((raw, i) => {
    const entry = checkRecord(raw, 'a unit ({ unit, weight? })', ['units', i]);
    const unit = checkUniqueName(entry.unit, seen, ['units', i, 'unit']);
    const weight =
      entry.weight === undefined
        ? new Decimal(1)
        : toDecimal(entry.weight as Numeric, ['units', i, 'weight']);
    if (weight.isNegative()) {
      throw chitieuError('invalid-argument', 'a weight that is not negative', {
        received: weight.toString(),
        path: ['units', i, 'weight'],
      });
    }
    names.push(unit);
    weights.push(weight);
  });
  const floorsTotal = floor * names.length;
  const remaining = plan - floorsTotal;
  const quotas = names.map(() => floor);
  if (remaining > 0) {
    if (names.length === 0) {
      throw chitieuError('invalid-argument', 'at least one unit to allocate the plan to', {
        received: [],
        path: ['units'],
      });
    }
    const totalWeight = weights.reduce((sum, w) => sum.plus(w), new Decimal(0));
    if (totalWeight.isZero()) {
      throw chitieuError('invalid-argument', 'weights that are not all 0', {
        received: '0',
        path: ['units'],
      });
    }
    // Integer parts and remainders of w × remaining / totalWeight, exactly (divToInt
    // truncates without rounding; the remainders share the denominator totalWeight).
    const whole = weights.map((w) => w.times(remaining).divToInt(totalWeight));
    const rest = weights.map((w, i) =>
      w.times(remaining).minus((whole[i] as Decimal).times(totalWeight)),
    );
    let leftover = remaining - whole.reduce((sum, x) => sum + x.toNumber(), 0);
    // Largest remainder first; Array.prototype.sort is stable, so ties keep list order.
    const order = rest
      .map((_, i) => i)
      .sort((a, b) => (rest[b] as Decimal).cmp(rest[a] as Decimal));
    for (const i of order) {
      if (leftover <= 0) break;
      whole[i] = (whole[i] as Decimal).plus(1);
      leftover -= 1;
    }
    whole.forEach((x, i) => {
      quotas[i] = floor + x.toNumber();
    });
  }
  const total = quotas.reduce((sum, q) => sum + q, 0);
  return {
    plan,
    minPerUnit: floor,
    total,
    surplus: Math.max(0, total - plan),
    units: names.map((unit, i) => ({
      unit,
      weight: weights[i] as Decimal,
      quota: quotas[i] as number,
    })),
  };
}
