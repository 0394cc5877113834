/** @internal The first calendar year a period may name. */
export const MIN_YEAR = 1900;

/** @internal The last calendar year a period may name. */
export const MAX_YEAR = 2200;
