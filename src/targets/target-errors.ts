import { type ChitieuError, chitieuError } from '../errors.js';

/**
 * The error for a phrase {@link parseTarget} cannot read: code `unparseable-target`, the text
 * in `details.text`, and what was expected.
 *
 * @internal
 */
export function unreadable(text: string, expected: string): ChitieuError {
  return chitieuError('unparseable-target', expected, { received: text, details: { text } });
}
