import { chitieuError, type ErrorPath } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import type { Numeric } from '../numeric/decimal.js';
import { decimalRoundingMode, type Rounding } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { LevelTarget, Target } from './target-schema.js';

/**
 * Options for {@link formatTarget}.
 *
 * @category Targets
 */
export interface FormatTargetOptions {
  /**
   * The unit written after the figure ("đảng viên", "%", "tỷ đồng"); none unless given. A
   * change in percentage points or in percent always prints "%".
   */
  readonly unit?: string | null;
  /** Decimal places to round figures to; figures print exactly unless given. */
  readonly decimals?: number;
  /** How to round to `decimals`; {@link HOUSE_ROUNDING}'s `'truncate'` unless given. */
  readonly rounding?: Rounding;
  /**
   * What a percent change is measured against, printed after "so với"; `'kỳ gốc'` (the
   * base period) unless given, e.g. `'năm trước'`, `'năm 2021'`.
   */
  readonly comparedTo?: string;
}

/** Figures and unit, printed the same way for every part of the phrase. */
interface Printer {
  readonly figure: (value: Numeric, path: ErrorPath) => string;
  readonly unit: string | null;
}

function withUnit(figure: string, unit: string | null): string {
  if (unit === null || unit === '') return figure;
  return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}

function invalidTarget(target: unknown, path: ErrorPath): never {
  throw chitieuError('invalid-target', 'a target (chỉ tiêu) of a known kind', {
    received: target,
    path,
  });
}

/** A level target as it stands alone ("trên 150 đảng viên") or as the size of a change. */
function levelPhrase(
  target: LevelTarget,
  print: Printer,
  inChange: boolean,
  path: ErrorPath,
): string {
  const u = (value: Numeric, key: string): string =>
    withUnit(print.figure(value, [...path, key]), print.unit);
  if (typeof target !== 'object' || target === null) return invalidTarget(target, path);
  switch (target.kind) {
    case 'at-least':
      return target.strict
        ? `trên ${u(target.value, 'value')}`
        : `từ ${u(target.value, 'value')} trở lên`;
    case 'at-most':
      return target.strict
        ? `dưới ${u(target.value, 'value')}`
        : `không quá ${u(target.value, 'value')}`;
    case 'exact':
      return inChange ? u(target.value, 'value') : `đạt ${u(target.value, 'value')}`;
    case 'approximately':
      return `khoảng ${u(target.value, 'value')}`;
    case 'range': {
      if (toDecimal(target.min, [...path, 'min']).gt(toDecimal(target.max, [...path, 'max']))) {
        throw chitieuError('invalid-target', 'a range whose min is not above its max', {
          received: String(target.max),
          path: [...path, 'max'],
        });
      }
      const min = print.figure(target.min, [...path, 'min']);
      return inChange ? `${min}–${u(target.max, 'max')}` : `từ ${min} đến ${u(target.max, 'max')}`;
    }
    default:
      return invalidTarget(target, [...path, 'kind']);
  }
}

const POINT_UNITS: ReadonlySet<string> = /* @__PURE__ */ new Set(['điểm phần trăm', 'điểm %']);

/** The options formatTarget knows: any other key is refused (a misspelling would be ignored). */
const FORMAT_TARGET_OPTIONS: readonly string[] = ['comparedTo', 'decimals', 'rounding', 'unit'];

/**
 * Write a {@link Target} as the Vietnamese phrase a plan would print: "trên 150 đảng viên",
 * "từ 12 đến 13%", "giảm 1–1,5%", "khoảng 3.200 tỷ đồng", "có thêm 2 xã".
 *
 * | target | phrase |
 * | --- | --- |
 * | at-least, strict / not strict | "trên X" / "từ X trở lên" |
 * | at-most, strict / not strict | "dưới X" / "không quá X" |
 * | exact | "đạt X" |
 * | approximately | "khoảng X" |
 * | range | "từ X đến Y" |
 * | change, absolute | "có thêm X" / "giảm X" (a "%" unit is left out: it would read as points) |
 * | change, points | "tăng X%" / "giảm X–Y%" |
 * | change, percent | "tăng X% so với kỳ gốc" |
 *
 * Figures print exactly, in Vietnamese notation, unless `decimals` is given. Without
 * rounding the phrase reads back: `parseTarget(formatTarget(t, { unit })).target` equals
 * `t` for a unit made of words (no digits, punctuation or time words such as "năm"; not
 * "lần" on a change, which would read as a multiple).
 *
 * @category Targets
 * @param target - the target
 * @param options - unit, decimals and rounding, what a percent change is compared with
 * @returns the Vietnamese phrase
 * @throws {@link ChitieuError} `invalid-target` for a target of unknown kind or a range
 * whose min is above its max, `invalid-number` for a bad figure, `invalid-argument` for bad
 * options (decimals, rounding, a unit or comparedTo that is not a string)
 * @example
 * ```ts
 * formatTarget(parseTarget('Phấn đấu kết nạp trên 150 đảng viên').target, { unit: 'đảng viên' });
 * //=> 'trên 150 đảng viên'
 * formatTarget({ kind: 'range', min: toDecimal(12), max: toDecimal(13) }, { unit: '%' });
 * //=> 'từ 12 đến 13%'
 * formatTarget(parseTarget('tỷ lệ hộ nghèo giảm 1-1,5%').target);
 * //=> 'giảm 1–1,5%'
 * formatTarget({ kind: 'approximately', value: toDecimal(3200) }, { unit: 'tỷ đồng' });
 * //=> 'khoảng 3.200 tỷ đồng'
 * formatTarget(parseTarget('xây dựng thêm 2 xã').target, { unit: 'xã' });
 * //=> 'có thêm 2 xã'
 * formatTarget(parseTarget('tăng 10% so với năm trước').target, { comparedTo: 'năm trước' });
 * //=> 'tăng 10% so với năm trước'
 * formatTarget({ kind: 'exact', value: toDecimal('51.456') }, { unit: 'triệu đồng', decimals: 1 });
 * //=> 'đạt 51,4 triệu đồng'
 * ```
 */
export function formatTarget(target: Target, options: FormatTargetOptions = {}): string {
  checkOptionKeys(options, FORMAT_TARGET_OPTIONS);
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: options,
      path: ['options'],
    });
  }
  const { unit = null, decimals, rounding, comparedTo = 'kỳ gốc' } = options;
  if (unit !== null && typeof unit !== 'string') {
    throw chitieuError('invalid-argument', 'a unit (a string) or null', {
      received: unit,
      path: ['options', 'unit'],
    });
  }
  if (typeof comparedTo !== 'string') {
    throw chitieuError('invalid-argument', 'what a percent change is compared with, a string', {
      received: comparedTo,
      path: ['options', 'comparedTo'],
    });
  }
  if (rounding !== undefined) decimalRoundingMode(rounding, ['options', 'rounding']);
  const figureOptions =
    decimals === undefined ? {} : rounding === undefined ? { decimals } : { decimals, rounding };
  const figure = (value: Numeric, path: ErrorPath): string =>
    formatDecimalVi(toDecimal(value, path), figureOptions);
  if (typeof target !== 'object' || target === null) return invalidTarget(target, []);
  if (target.kind !== 'change') return levelPhrase(target, { figure, unit }, false, []);

  if (target.direction !== 'increase' && target.direction !== 'decrease') {
    return invalidTarget(target.direction, ['direction']);
  }
  const verb = target.direction === 'increase' ? 'tăng' : 'giảm';
  switch (target.basis) {
    case 'points': {
      const pointsUnit = unit !== null && POINT_UNITS.has(unit) ? unit : '%';
      return `${verb} ${levelPhrase(target.by, { figure, unit: pointsUnit }, true, ['by'])}`;
    }
    case 'percent':
      return `${verb} ${levelPhrase(target.by, { figure, unit: '%' }, true, ['by'])} so với ${comparedTo}`;
    case 'absolute': {
      const absoluteUnit = unit === '%' ? null : unit;
      const by = levelPhrase(target.by, { figure, unit: absoluteUnit }, true, ['by']);
      return target.direction === 'increase' ? `có thêm ${by}` : `giảm ${by}`;
    }
    default:
      return invalidTarget(target, ['basis']);
  }
}
