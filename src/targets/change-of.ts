import type { Measure } from '../indicator/measure-schema.js';
import { Decimal } from '../numeric/decimal.js';
import { changeBasis } from './change-basis.js';
import type { SubjectMeasure } from './subject-words.js';
import { unreadable } from './target-errors.js';
import type { Marker } from './target-phrases.js';
import type { LevelTarget, Target } from './target-schema.js';

const HUNDRED = /* @__PURE__ */ new Decimal(100);

/** What the words say of the target's kind of change. */
export interface ChangeWords {
  readonly marker: Marker | null;
  /** "gấp … lần" */
  readonly multiple: boolean;
  /** The unit is "lần" (times). */
  readonly times: boolean;
  readonly percent: boolean;
  readonly unit: string | null;
  readonly compared: boolean;
  /** The option the caller gave. */
  readonly measure: Measure | undefined;
  /** What the subject's words say. */
  readonly subject: SubjectMeasure | null;
}

/** k times the baseline is a change of (k − 1) × 100 percent. */
function percentOfMultiple(source: string, level: LevelTarget): LevelTarget {
  const toPercent = (k: Decimal): Decimal => {
    if (k.lt(1)) throw unreadable(source, 'a multiple of at least 1 ("gấp 1,5 lần")');
    return k.minus(1).times(HUNDRED);
  };
  switch (level.kind) {
    case 'range':
      return { kind: 'range', min: toPercent(level.min), max: toPercent(level.max) };
    default:
      return { ...level, value: toPercent(level.value) };
  }
}

/**
 * The basis of a change, and a warning when nothing settles it: a "%" change whose subject
 * names no rate or amount, or a bare figure with no unit ("Tăng GDP bình quân 5 năm 7,0",
 * as a table prints it with its unit in another column) on a subject that is not a rate.
 */
function basisOf(words: ChangeWords, warnings: string[]): 'absolute' | 'points' | 'percent' {
  const decided = changeBasis(words.percent, words.unit, words.measure, words.compared);
  if (words.measure !== undefined) return decided;
  if (!words.percent && words.unit !== null) return decided; // "tăng thêm 2 xã"
  if (!words.percent) {
    if (words.subject === 'rate' || words.subject === 'growth') return 'points';
    warnings.push(
      'a change written with no unit: in the units of the indicator, or in percent? read as absolute: pass { measure } to settle it',
    );
    return decided;
  }
  if (words.subject === 'rate' || words.subject === 'growth') return 'points';
  if (words.subject === 'quantity') return 'percent';
  warnings.push(
    `a "%" change whose subject does not say whether it is a rate (percentage points) or an amount or count (percent of the baseline); read as ${decided}: pass { measure } to settle it`,
  );
  return decided;
}

/**
 * The target, from the level read around the figure and the words that make it a change:
 * "tăng 10%", "gấp 1,5 lần" (+50 percent), "tăng 2 lần" (read as "gấp", with a warning).
 * "giảm dưới 2%" is read as the level to reach, with a warning.
 *
 * @internal
 */
export function targetOf(
  source: string,
  level: LevelTarget,
  words: ChangeWords,
  warnings: string[],
): Target {
  const { marker } = words;
  if (words.multiple || (marker?.kind === 'change' && words.times)) {
    if (!words.times) throw unreadable(source, 'a multiple in "lần" ("gấp 1,5 lần")');
    if (marker?.kind === 'change' && marker.direction === 'decrease') {
      throw unreadable(source, 'an increase by a multiple; "giảm … lần" is not read');
    }
    if (!words.multiple) {
      warnings.push(
        '"tăng … lần" read as that many times the baseline ("gấp"); some readers take "tăng 2 lần" as three times',
      );
    }
    return {
      kind: 'change',
      direction: 'increase',
      by: percentOfMultiple(source, level),
      basis: 'percent',
    };
  }
  if (marker?.kind !== 'change') return level;
  if (marker.direction === 'decrease' && level.kind === 'at-most') {
    warnings.push(
      '"giảm dưới …" read as the level to reach ("giảm xuống dưới"); as a change it would be a decrease by less than the figure',
    );
    return level;
  }
  return {
    kind: 'change',
    direction: marker.direction,
    by: level,
    basis: basisOf(words, warnings),
  };
}
