import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';

const textSchema = /* @__PURE__ */ nonBlankTextSchema(200);

/**
 * Schema of {@link ClassificationScale}: levels are distinct, each has a label, and the weak
 * levels are among them.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(classificationScaleSchema, communeClassificationScale).levels.length;
 * //=> 4
 * z.safeParse(classificationScaleSchema, { ...communeClassificationScale, weak: ['kem'] }).success;
 * //=> false
 * ```
 */
export const classificationScaleSchema = /* @__PURE__ */ z.readonly(
  z
    .object({
      id: textSchema,
      unitNoun: textSchema,
      levels: z.readonly(z.array(textSchema).check(z.minLength(1), z.maxLength(20))),
      labels: z.readonly(z.record(z.string(), textSchema)),
      weak: z.readonly(z.array(textSchema)),
      topPhrase: textSchema,
      weakPhrase: textSchema,
    })
    .check(
      z.superRefine((scale, ctx) => {
        const levels = new Set<string>();
        scale.levels.forEach((level, i) => {
          if (levels.has(level)) {
            ctx.addIssue({
              code: 'custom',
              message: 'expected distinct levels',
              input: level,
              path: ['levels', i],
            });
          }
          levels.add(level);
          if (typeof scale.labels[level] !== 'string') {
            ctx.addIssue({
              code: 'custom',
              message: `expected a label for level ${JSON.stringify(level)}`,
              input: undefined,
              path: ['labels', level],
            });
          }
        });
        scale.weak.forEach((level, i) => {
          if (!levels.has(level)) {
            ctx.addIssue({
              code: 'custom',
              message: 'expected a weak level that is one of the levels',
              input: level,
              path: ['weak', i],
            });
          }
        });
      }),
    ),
);

/**
 * An ordered classification scale (thang phân loại) for grassroots units, best level first:
 *
 * - `id`: a name for the scale; `unitNoun`: what is classified, as a sentence names it
 *   ("xã, thị trấn", "cụm");
 * - `levels`: level ids, best first; `labels`: the Vietnamese name of each level;
 * - `weak`: the levels reported as "yếu kém" ("không có xã, thị trấn, cụm yếu kém");
 * - `topPhrase`: what reaching the best level is called in a sentence ("đạt vững mạnh toàn
 *   diện", "đạt cụm an toàn làm chủ"); `weakPhrase`: what the weak levels are called ("yếu
 *   kém").
 *
 * See {@link communeClassificationScale} and {@link clusterClassificationScale}.
 *
 * @category Grassroots
 */
export type ClassificationScale = z.output<typeof classificationScaleSchema>;

/**
 * A {@link ClassificationScale} as a caller writes it.
 *
 * @category Grassroots
 */
export type ClassificationScaleInput = z.input<typeof classificationScaleSchema>;

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));
const partSchema = /* @__PURE__ */ z.readonly(
  z.object({
    level: textSchema,
    label: textSchema,
    count: z.nullable(countSchema),
    total: countSchema,
    percent: z.nullable(decimalSchema),
  }),
);

/**
 * Schema of {@link ClassificationTally}: what {@link "chitieu/party"!classificationTally} returns, also after
 * a JSON round trip.
 *
 * @category Grassroots
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const t = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
 * z.parse(classificationTallySchema, JSON.parse(JSON.stringify(t))).top.percent?.toString();
 * //=> '90'
 * ```
 */
export const classificationTallySchema = /* @__PURE__ */ z.readonly(
  z.object({
    scale: classificationScaleSchema,
    total: countSchema,
    byLevel: z.readonly(z.record(z.string(), z.nullable(countSchema))),
    unspecified: countSchema,
    top: partSchema,
    weak: z.readonly(
      z.object({ count: z.nullable(countSchema), percent: z.nullable(decimalSchema) }),
    ),
    noneWeak: z.nullable(z.boolean()),
  }),
);

/**
 * The classification of a set of units in one period:
 *
 * - `scale`: the scale used; `total`: the number of units;
 * - `byLevel`: the count at each level, or null for a level the report did not break down;
 * - `unspecified`: units counted in the total but not given a level (18/20 VMTD leaves 2);
 * - `top`: the best level, its count, the total and the exact percent ("18/20", 90%);
 * - `weak`: the count and percent at the weak levels (null when not known);
 * - `noneWeak`: true when no unit is weak ("không có … yếu kém"), false when some are, null
 *   when the report leaves it open.
 *
 * Percents are null when the total is 0 or the count is not known.
 *
 * @category Grassroots
 */
export type ClassificationTally = z.output<typeof classificationTallySchema>;
