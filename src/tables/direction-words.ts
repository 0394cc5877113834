import { chitieuError } from '../errors.js';
import type { Direction } from '../indicator/measure-schema.js';
import { foldCell, hasWords } from './table-text.js';

/**
 * The words that make an indicator lower-is-better wherever chitieu reads a name (tables,
 * reports): the less of it, the better. The one list of them; change it here.
 *
 * @category Plans
 * @example
 * ```ts
 * lowerIsBetterWords.includes('hộ nghèo');
 * //=> true
 * ```
 */
export const lowerIsBetterWords: readonly string[] = /* @__PURE__ */ Object.freeze([
  'thất nghiệp',
  'thiếu việc làm',
  'chỉ số giá tiêu dùng',
  'cpi',
  'lạm phát',
  'hộ nghèo',
  'hộ cận nghèo',
  'nghèo đa chiều',
  'suy dinh dưỡng',
  'tử vong',
  'tỷ suất chết',
  'sinh con thứ 3',
  'sinh con thứ ba',
  'tai nạn giao thông',
  'phạm pháp hình sự',
  'tội phạm',
  'bội chi',
  'nợ công',
  'nợ xấu',
  'tiêu hao năng lượng',
  'ô nhiễm',
  'tái nghèo',
  'tăng dân số',
  'mất cân bằng giới tính',
]);

/** Longest indicator name read. */
const MAX_NAME = 2000;

/**
 * Words that name a reduction ("Giảm tỷ lệ hộ nghèo", "Tỷ lệ giảm nghèo"): the figures of
 * such a row are the size of the reduction, so more is better.
 */
const REDUCTION_WORDS: readonly string[] = ['giảm', 'mức giảm', 'giảm nghèo'];

/**
 * Words of a growth rate ("Tốc độ tăng trưởng GRDP", "Tốc độ tăng tổng giá trị sản xuất"):
 * a "tăng 7,4 - 8,4%" in such a row is the level of the rate.
 */
const GROWTH_WORDS: readonly string[] = ['tốc độ tăng', 'tăng trưởng', 'tốc độ phát triển'];

/**
 * The direction an indicator's words imply: `lower-is-better` when they name one of
 * {@link lowerIsBetterWords} (unless they name a reduction of it: "Giảm tỷ lệ hộ nghèo" is
 * measured by the size of the reduction), null when the words say nothing.
 *
 * @category Plans
 * @param name - the indicator's name as printed
 * @returns the direction with the words that decided it, or null
 * @throws {@link ChitieuError} `invalid-argument` for a name that is not a string of at most
 * 2000 characters
 * @example
 * ```ts
 * directionFromWords('Tỷ lệ thất nghiệp khu vực thành thị');
 * //=> { direction: 'lower-is-better', words: 'thất nghiệp' }
 * directionFromWords('Giảm tỷ lệ hộ nghèo');
 * //=> { direction: 'higher-is-better', words: 'giảm' }
 * directionFromWords('Thu ngân sách');
 * //=> null
 * ```
 */
export function directionFromWords(
  name: string,
): { readonly direction: Direction; readonly words: string } | null {
  if (typeof name !== 'string' || name.length > MAX_NAME) {
    throw chitieuError(
      'invalid-argument',
      `an indicator's name: a string of at most ${MAX_NAME} characters`,
      {
        received: name,
        path: ['name'],
      },
    );
  }
  const text = foldCell(name);
  const lower = lowerIsBetterWords.find((w) => hasWords(text, w));
  if (lower === undefined) return null;
  const reduction = REDUCTION_WORDS.find((w) => hasWords(text, w));
  if (reduction !== undefined) return { direction: 'higher-is-better', words: reduction };
  return { direction: 'lower-is-better', words: lower };
}

/** @internal Does the name say it is a growth rate ("Tốc độ tăng trưởng GRDP")? */
export function isGrowthRateName(name: string): boolean {
  const text = foldCell(name);
  return GROWTH_WORDS.some((w) => hasWords(text, w));
}
