import { yearLeadWords } from './target-phrases.js';
import type { TargetToken } from './tokenize-target.js';

function isFourDigits(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Which number tokens are years, not figures: a four-digit number from 1900 to 2199 after
 * "năm", "giai đoạn", "nhiệm kỳ", "khóa", or after such a year and a dash or "đến"
 * ("giai đoạn 2021–2025", "từ năm 2021 đến 2025"). One pass.
 *
 * @internal
 */
export function markYears(tokens: readonly TargetToken[]): boolean[] {
  const years = new Array<boolean>(tokens.length).fill(false);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as TargetToken;
    if (token.kind !== 'number' || !isFourDigits(token.text)) continue;
    const year = Number(token.text);
    if (year < 1900 || year > 2199) continue;
    const previous = tokens[i - 1] as TargetToken;
    years[i] =
      (previous.kind === 'word' && yearLeadWords.has(previous.text)) ||
      (years[i - 2] === true &&
        (previous.kind === 'dash' ||
          (previous.kind === 'word' && (previous.text === 'đến' || previous.text === 'tới'))));
    if (!years[i] && isBareYearRange(tokens, i)) {
      years[i - 2] = true; // "từ 2016 – 2020": a period, though no word names it
      years[i] = true;
    }
  }
  return years;
}

/** "2016 – 2020": two years a dash apart, the second after the first by at most 30 years. */
function isBareYearRange(tokens: readonly TargetToken[], i: number): boolean {
  const first = tokens[i - 2];
  if (tokens[i - 1]?.kind !== 'dash' || first?.kind !== 'number' || !isFourDigits(first.text)) {
    return false;
  }
  const from = Number(first.text);
  const to = Number((tokens[i] as TargetToken).text);
  return from >= 1945 && to > from && to - from <= 30;
}
