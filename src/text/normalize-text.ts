import { isSpaceCode, isZeroWidthCode } from './characters.js';

/**
 * Text as every reader sees it, with a way back to the text as given:
 *
 * - `text`: every zero-width character (see {@link isZeroWidthCode}) removed, every space
 *   character (see {@link isSpaceCode}) replaced by " ", then NFC;
 * - `starts[i]`, `ends[i]`: the UTF-16 span of the given text that `text[i]` came from, so
 *   a span `[s, e)` of `text` is `[starts[s], ends[e - 1])` of the original.
 *
 * @internal
 */
export interface NormalizedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Does `text` need more than NFC? (No control, space or zero-width character but " ".) */
function onlyNfcNeeded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x80 && (isSpaceCode(c) || isZeroWidthCode(c)))) return false;
  }
  return true;
}

/**
 * Zero-width characters removed and spaces made " ", then NFC. Linear in the length of
 * `text`.
 *
 * @internal
 */
export function normalizeText(text: string): string {
  if (onlyNfcNeeded(text)) return text.normalize('NFC');
  return normalizeTextWithOffsets(text).text;
}

/**
 * {@link normalizeText}, with the span of the original each character came from. NFC is
 * applied piece by piece: a piece starts at an ASCII character or a space (which never
 * combines with what stands before it) and runs over the non-ASCII characters after it, so
 * every character of a piece maps to the whole piece.
 *
 * @internal
 */
export function normalizeTextWithOffsets(text: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isZeroWidthCode(c)) {
      i++;
      continue;
    }
    let piece = isSpaceCode(c) ? ' ' : (text[i] as string);
    let end = i + 1;
    let composite = c >= 0x80;
    for (; end < text.length; end++) {
      const d = text.charCodeAt(end);
      if (isZeroWidthCode(d)) continue;
      if (d < 0x80 || isSpaceCode(d)) break;
      piece += text[end];
      composite = true;
    }
    if (composite) piece = piece.normalize('NFC');
    out += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return { text: out, starts, ends };
}
