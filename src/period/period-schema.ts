import * as z from 'zod/mini';
import { MAX_YEAR, MIN_YEAR } from './period-limits.js';

const yearSchema = /* @__PURE__ */ z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));

const yearPeriodSchema = /* @__PURE__ */ z.readonly(
  z.object({ kind: z.literal('year'), year: yearSchema }),
);
const halfPeriodSchema = /* @__PURE__ */ z.readonly(
  z.object({ kind: z.literal('half'), year: yearSchema, half: z.literal([1, 2]) }),
);
const quarterPeriodSchema = /* @__PURE__ */ z.readonly(
  z.object({ kind: z.literal('quarter'), year: yearSchema, quarter: z.literal([1, 2, 3, 4]) }),
);
const monthPeriodSchema = /* @__PURE__ */ z.readonly(
  z.object({
    kind: z.literal('month'),
    year: yearSchema,
    month: z.int().check(z.gte(1), z.lte(12)),
  }),
);
const nineMonthsPeriodSchema = /* @__PURE__ */ z.readonly(
  z.object({ kind: z.literal('nine-months'), year: yearSchema }),
);

function multiYearSchema<K extends 'stage' | 'term'>(kind: K) {
  return z.readonly(
    z.object({ kind: z.literal(kind), startYear: yearSchema, endYear: yearSchema }).check(
      // zod runs this check only once both years are numbers (a wrong type aborts it).
      z.superRefine((p, ctx) => {
        if (p.endYear <= p.startYear) {
          ctx.addIssue({
            code: 'custom',
            message: `expected an end year after the start year ${p.startYear}`,
            input: p.endYear,
            path: ['endYear'],
          });
        }
      }),
    ),
  );
}

const stagePeriodSchema = /* @__PURE__ */ multiYearSchema('stage');
const termPeriodSchema = /* @__PURE__ */ multiYearSchema('term');

/**
 * Schema of a {@link Period}: a discriminated union on `kind`. Years are whole numbers from
 * 1900 to 2200; a stage or term ends after it starts. Unknown fields are dropped and the
 * output is frozen. To validate JSON from outside with chitieu's errors, use
 * {@link parsePeriod}.
 *
 * @category Periods
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(periodSchema, { kind: 'half', year: 2020, half: 1 });
 * //=> { kind: 'half', year: 2020, half: 1 }
 * z.safeParse(periodSchema, { kind: 'quarter', year: 2021, quarter: 5 }).success;
 * //=> false
 * ```
 */
export const periodSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  yearPeriodSchema,
  halfPeriodSchema,
  quarterPeriodSchema,
  monthPeriodSchema,
  nineMonthsPeriodSchema,
  stagePeriodSchema,
  termPeriodSchema,
]);

/**
 * A reporting or planning period (kỳ) as plain data:
 *
 * - `{ kind: 'year', year }`: năm 2021
 * - `{ kind: 'half', year, half: 1 | 2 }`: 6 tháng đầu năm / 6 tháng cuối năm
 * - `{ kind: 'quarter', year, quarter: 1 | 2 | 3 | 4 }`: quý I … quý IV
 * - `{ kind: 'month', year, month }`: tháng 1 … tháng 12
 * - `{ kind: 'nine-months', year }`: 9 tháng đầu năm (January to September)
 * - `{ kind: 'stage', startYear, endYear }`: giai đoạn 2021–2025, a multi-year plan stage
 *   covering its start and end years in full
 * - `{ kind: 'term', startYear, endYear }`: nhiệm kỳ 2020–2025, a party-congress or HĐND
 *   term; consecutive terms share their boundary year (2015–2020, 2020–2025)
 *
 * @category Periods
 */
export type Period = z.output<typeof periodSchema>;

/**
 * The `kind` of a {@link Period}.
 *
 * @category Periods
 */
export type PeriodKind = Period['kind'];
