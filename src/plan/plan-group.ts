import type { IndicatorGroup } from '../indicator/indicator-schema.js';

/**
 * Every {@link PlanGroup}, in the order reports list them.
 *
 * @category Plans
 * @example
 * ```ts
 * planGroups;
 * //=> ['economy', 'society', 'environment', 'party-building', 'defence']
 * ```
 */
export const planGroups: readonly PlanGroup[] = /* @__PURE__ */ Object.freeze([
  'economy',
  'society',
  'environment',
  'party-building',
  'defence',
]);

/**
 * The field (lĩnh vực) a plan item belongs to: `economy` (kinh tế), `society` (văn hóa –
 * xã hội), `environment` (môi trường), `party-building` (xây dựng Đảng, hệ thống chính
 * trị), `defence` (quốc phòng – an ninh).
 *
 * @category Plans
 */
export type PlanGroup = IndicatorGroup;

/**
 * The Vietnamese heading of each {@link PlanGroup}, as reports title their sections.
 *
 * @category Plans
 * @example
 * ```ts
 * planGroupLabels['party-building'];
 * //=> 'Xây dựng Đảng và hệ thống chính trị'
 * ```
 */
export const planGroupLabels: Readonly<Record<PlanGroup, string>> = /* @__PURE__ */ Object.freeze({
  economy: 'Kinh tế',
  society: 'Văn hóa - xã hội',
  environment: 'Tài nguyên và môi trường',
  'party-building': 'Xây dựng Đảng và hệ thống chính trị',
  defence: 'Quốc phòng - an ninh',
});
