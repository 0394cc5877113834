import type { Measure } from '../indicator/measure-schema.js';

/**
 * How a change target read from text ("tăng 10%", "giảm 1–1,5%", "có thêm 2 xã") is
 * measured. The rule:
 *
 * 1. a unit "điểm phần trăm" or "điểm %" is `points`;
 * 2. a "%" change is `points` for a `rate` (tỷ lệ hộ nghèo giảm 1,02% = 1,02 points),
 *    `percent` for a `count` or an `amount` (thu ngân sách tăng 10%), and, when the measure
 *    is unknown, `percent` if the phrase says what it is compared with ("so với năm trước")
 *    and `points` if it does not ("giảm 1–1,5%");
 * 3. any other change is `absolute`, in the unit written ("có thêm 2 xã"), except a change
 *    with no unit on a `rate`, which is in `points`.
 *
 * @internal
 */
export function changeBasis(
  percent: boolean,
  unit: string | null,
  measure: Measure | undefined,
  compared: boolean,
): 'absolute' | 'points' | 'percent' {
  const lower = unit?.toLowerCase();
  if (lower === 'điểm phần trăm' || lower === 'điểm %') return 'points';
  if (percent) {
    if (measure === 'rate') return 'points';
    if (measure === 'count' || measure === 'amount') return 'percent';
    return compared ? 'percent' : 'points';
  }
  return unit === null && measure === 'rate' ? 'points' : 'absolute';
}
