import { indicatorGroupSchema } from '../indicator/indicator-schema.js';

/**
 * Schema of {@link "chitieu"!PlanGroup} (the indicator module's group enum: a plan item's group and
 * its indicator's group are the same kind of thing).
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(planGroupSchema, 'economy').success;
 * //=> true
 * ```
 */
export const planGroupSchema: typeof indicatorGroupSchema = indicatorGroupSchema;
