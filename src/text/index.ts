export { isDashCode, isSpaceCode, isZeroWidthCode } from './characters.js';
export { type NormalizedText, normalizeText, normalizeTextWithOffsets } from './normalize-text.js';
