import * as z from 'zod/mini';
import { isNonBlankText, NON_BLANK_TEXT } from './non-blank-text.js';

/**
 * @internal Schema of a non-blank text of at most `max` characters ({@link isNonBlankText}):
 * every schema field that holds a name or a phrase is built from it.
 */
export function nonBlankTextSchema(max: number): z.ZodMiniString<string> {
  return z
    .string()
    .check(z.maxLength(max), z.refine(isNonBlankText, { error: `expected ${NON_BLANK_TEXT}` }));
}
