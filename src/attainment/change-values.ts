/** @internal Every change direction, once: `changeDirectionSchema` and every check come from it (zod-free). */
export const CHANGE_DIRECTIONS = ['increase', 'decrease', 'unchanged'] as const;

/** @internal The units of a change: in the indicator's units, or in points for a rate. */
export const CHANGE_UNITS = ['units', 'points'] as const;
