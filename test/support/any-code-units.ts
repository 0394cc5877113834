import fc from 'fast-check';

/**
 * Any string of code points from U+0000 to U+10FFFF, a surrogate code point giving a lone
 * surrogate: what `fc.string({ unit: 'binary' })` draws, without the ~7 s that fast-check
 * spends, once per worker process, building that unit's table of 1,1 million code points.
 */
export const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
});
