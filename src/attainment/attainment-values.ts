/** @internal Every attainment status, once: `statusSchema` and every check come from it (zod-free). */
export const STATUSES = ['exceeded', 'met', 'not-met'] as const;

/**
 * @internal The status of an item that may await its figures (a plan item result, a tally):
 * an attainment status, or pending.
 */
export const ITEM_STATUSES = [...STATUSES, 'pending'] as const;

/** @internal Every strictness, once. */
export const STRICTNESSES = ['lenient', 'literal'] as const;

/** @internal Every ratio basis, once. */
export const RATIO_BASES = ['value', 'growth-index'] as const;
