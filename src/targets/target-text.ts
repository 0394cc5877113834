/**
 * Small text helpers for {@link parseTarget}: cut the original text of a token span, collapse
 * white space, trim clause punctuation. All linear.
 *
 * @module
 */
import { isSpaceCode } from '../text/characters.js';
import type { TargetToken } from './tokenize-target.js';

/** Runs of space made one " ", trimmed. */
function squeeze(text: string): string {
  let out = '';
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pending = out !== '';
    } else {
      if (pending) out += ' ';
      pending = false;
      out += text[i];
    }
  }
  return out;
}

/**
 * Collapse runs of white space to one space and trim. Most texts need no change, and are
 * returned without running a regular expression.
 *
 * @internal
 */
export function collapseSpace(text: string): string {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isSpaceCode(c);
    if (space && (c !== 32 || previousSpace)) return squeeze(text);
    previousSpace = space;
  }
  return previousSpace ? text.trimEnd() : text;
}

const CLAUSE_PUNCTUATION = ' ,;:.-–—…';

/**
 * Trim white space and clause punctuation (",", ";", ":", ".", dashes, "…") from both ends
 * and collapse white space; `null` when nothing is left.
 *
 * @internal
 */
export function trimClause(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (start < end && CLAUSE_PUNCTUATION.includes(text[start] as string)) start++;
  while (end > start && CLAUSE_PUNCTUATION.includes(text[end - 1] as string)) end--;
  const trimmed = collapseSpace(text.slice(start, end));
  return trimmed === '' ? null : trimmed;
}

/**
 * The original text of tokens [from, to), or '' when the span is empty.
 *
 * @internal
 */
export function spanText(
  source: string,
  tokens: readonly TargetToken[],
  from: number,
  to: number,
): string {
  if (to <= from) return '';
  return source.slice((tokens[from] as TargetToken).start, (tokens[to - 1] as TargetToken).end);
}
