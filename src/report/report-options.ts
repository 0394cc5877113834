import { chitieuError, type ErrorPath } from '../errors.js';
import { checkOneOf } from '../validation/check-argument.js';
import { isNonBlankText, NON_BLANK_TEXT } from '../validation/non-blank-text.js';

/** @internal The options of a sentence function, as a record to read fields from. */
export type OptionRecord = Readonly<Record<string, unknown>>;

const NONE: OptionRecord = /* @__PURE__ */ Object.freeze({});

/**
 * @internal The options argument of a sentence function: an object (not an array), or
 * nothing; anything else is `invalid-argument` at `['options']`.
 */
export function readOptions(options: unknown): OptionRecord {
  if (options === undefined) return NONE;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: options,
      path: ['options'],
    });
  }
  return options as OptionRecord;
}

/** @internal A text: not blank ({@link isNonBlankText}), trimmed. */
export function checkText(value: unknown, path: ErrorPath): string {
  if (!isNonBlankText(value)) {
    throw chitieuError('invalid-argument', NON_BLANK_TEXT, { received: value, path });
  }
  return value.trim();
}

/** @internal A text option: absent, or a string with something besides spaces (trimmed). */
export function textOption(o: OptionRecord, key: string): string | undefined {
  const value = o[key];
  return value === undefined ? undefined : checkText(value, ['options', key]);
}

/** @internal A yes/no option: absent, true or false. */
export function flagOption(o: OptionRecord, key: string): boolean | undefined {
  return checkOneOf(o[key], [true, false], undefined, ['options', key]);
}

/** @internal An option with a few allowed values: `fallback` when absent. */
export function choiceOption<T extends string>(
  o: OptionRecord,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  return checkOneOf(o[key], allowed, fallback, ['options', key]);
}

/** @internal "chưa đạt" (not yet met, the default) or "không đạt" (not met). */
export type NotMetWord = 'chưa đạt' | 'không đạt';

/** @internal The words for an item short of plan. */
export const NOT_MET_WORDS: readonly NotMetWord[] = ['chưa đạt', 'không đạt'];
