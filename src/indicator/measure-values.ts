/** @internal Every measure, once: `measureSchema` and every check come from it (zod-free). */
export const MEASURES = ['count', 'amount', 'rate'] as const;

/** @internal Every direction, once: `directionSchema` and every check come from it. */
export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
