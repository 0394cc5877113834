import * as z from 'zod/mini';
import { periodSchema } from './period-schema.js';

const isoDateSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * Schema of a {@link PeriodInterval}, so a stored interval comes back through validation.
 *
 * @category Periods
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const stored = JSON.parse(JSON.stringify(periodInterval({ kind: 'year', year: 2024 })));
 * z.parse(periodIntervalSchema, stored).days;
 * //=> 366
 * ```
 */
export const periodIntervalSchema = /* @__PURE__ */ z.readonly(
  z.object({
    period: periodSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    days: z.int().check(z.gte(1)),
  }),
);

/**
 * The calendar days a period covers: its first and last day as time-zone-free
 * `YYYY-MM-DD` strings (both inclusive), the number of days, and the period itself.
 *
 * @category Periods
 */
export type PeriodInterval = z.output<typeof periodIntervalSchema>;
