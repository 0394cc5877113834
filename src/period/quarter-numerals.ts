/**
 * @internal Roman numerals of the quarters, as Vietnamese writes them ("quý III"); index 0
 * is quarter 1.
 */
export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;
