// The one error type chitieu throws, its closed set of codes, and the message map.

/**
 * Every code a {@link ChitieuError} can carry. The union is closed: code that switches on
 * `error.code` can rely on it.
 *
 * | code | when |
 * | --- | --- |
 * | `invalid-number` | a value is not a finite number, a JavaScript-notation numeric string or a Decimal, or Vietnamese notation is malformed |
 * | `invalid-target` | a target (chỉ tiêu) object is malformed, e.g. a range whose min exceeds its max |
 * | `unparseable-target` | `parseTarget` could not read a Vietnamese target phrase, or `readChangePhrase` a published change phrase (its message then says "Unreadable change phrase") |
 * | `invalid-period` | a period (kỳ) is malformed: a half other than 1 or 2, an end year before its start |
 * | `invalid-plan` | a plan document (kế hoạch) failed validation; `details.issues` lists every bad field |
 * | `unknown-criterion` | a criterion id (tiêu chí) not in the criteria set |
 * | `unknown-criteria-set` | a criteria-set id (bộ tiêu chí) that chitieu does not know |
 * | `missing-baseline` | a change target (tăng/giảm …) was evaluated without the baseline it is measured from |
 * | `unit-mismatch` | two figures in different units or measures were combined |
 * | `input-too-long` | a text input is longer than chitieu reads (a guard against pathological input) |
 * | `invalid-argument` | an option or argument is out of its domain (negative count, share over the total, unknown enum value) |
 * | `division-by-zero` | a ratio or percentage was asked of a zero denominator |
 *
 * @category Errors
 */
export type ChitieuErrorCode =
  | 'invalid-number'
  | 'invalid-target'
  | 'unparseable-target'
  | 'invalid-period'
  | 'invalid-plan'
  | 'unknown-criterion'
  | 'unknown-criteria-set'
  | 'missing-baseline'
  | 'unit-mismatch'
  | 'input-too-long'
  | 'invalid-argument'
  | 'division-by-zero';

/**
 * The location of a bad field inside the input, as property names and array indices:
 * `['items', 3, 'target', 'value']`. Empty when the whole argument is at fault.
 *
 * @category Errors
 */
export type ErrorPath = readonly (string | number)[];

/**
 * One problem found while validating structured input (a plan, a target object).
 *
 * @category Errors
 */
export interface ValidationIssue {
  /** Where the problem is. */
  readonly path: ErrorPath;
  /** What was expected and what was found, in English. */
  readonly message: string;
}

/**
 * Extra, code-specific facts attached to an error: `expected`, `received` (a short printable
 * form of the bad value), `issues` for documents with several bad fields, the `text` that
 * could not be parsed, and so on.
 *
 * @category Errors
 */
export interface ChitieuErrorDetails {
  /** What the function expected, in English. */
  readonly expected?: string;
  /** A short printable form of the value received. */
  readonly received?: string;
  /** For structured input: every problem found, each with its path. */
  readonly issues?: readonly ValidationIssue[];
  readonly [key: string]: unknown;
}

/**
 * A short heading per code; the message of every error starts with `[chitieu] ` and its
 * heading. A translated map can be built from the same keys.
 *
 * @category Errors
 * @example
 * ```ts
 * errorHeadings['invalid-number'];
 * //=> 'Invalid number'
 * ```
 */
export const errorHeadings: Readonly<Record<ChitieuErrorCode, string>> = {
  'invalid-number': 'Invalid number',
  'invalid-target': 'Invalid target (chỉ tiêu)',
  'unparseable-target': 'Unreadable target phrase (chỉ tiêu)',
  'invalid-period': 'Invalid period (kỳ)',
  'invalid-plan': 'Invalid plan (kế hoạch)',
  'unknown-criterion': 'Unknown criterion (tiêu chí)',
  'unknown-criteria-set': 'Unknown criteria set (bộ tiêu chí)',
  'missing-baseline': 'Missing baseline (số liệu kỳ gốc)',
  'unit-mismatch': 'Unit mismatch (đơn vị tính)',
  'input-too-long': 'Input too long',
  'invalid-argument': 'Invalid argument',
  'division-by-zero': 'Division by zero',
};

/**
 * The error every chitieu function throws for bad input. It carries a stable `code`, the
 * `path` of the bad field and code-specific `details`; its message says what was expected
 * and what was found, prefixed with `[chitieu]`.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   toDecimal(Number.NaN);
 * } catch (error) {
 *   if (error instanceof ChitieuError) {
 *     error.code;
 *     //=> 'invalid-number'
 *   }
 * }
 * ```
 */
export class ChitieuError extends Error {
  /** The stable, machine-readable reason. */
  readonly code: ChitieuErrorCode;
  /** Where in the input the problem is (empty for the argument itself). */
  readonly path: ErrorPath;
  /** Code-specific facts: `expected`, `received`, `issues`, … */
  readonly details: ChitieuErrorDetails;

  /**
   * @param code - the error code
   * @param message - the full message, starting with `[chitieu]` and the code's heading
   * @param path - where the bad field is
   * @param details - code-specific facts
   */
  constructor(
    code: ChitieuErrorCode,
    message: string,
    path: ErrorPath = [],
    details: ChitieuErrorDetails = {},
  ) {
    super(message);
    this.name = 'ChitieuError';
    this.code = code;
    // A path handed in by a caller (toDecimal(x, path)) may be anything: keep only its keys.
    this.path = Object.freeze(
      Array.isArray(path)
        ? path.filter((key) => typeof key === 'string' || typeof key === 'number')
        : [],
    );
    this.details = Object.freeze({ ...details });
  }
}

/**
 * Is `value` a {@link ChitieuError}? Narrowing helper for `catch` blocks.
 *
 * @category Errors
 * @param value - anything caught
 * @returns true when value is a ChitieuError (optionally with the given code)
 * @example
 * ```ts
 * isChitieuError(new Error('x'));
 * //=> false
 * ```
 */
export function isChitieuError(value: unknown, code?: ChitieuErrorCode): value is ChitieuError {
  return value instanceof ChitieuError && (code === undefined || value.code === code);
}

/**
 * Print a bad value briefly and safely for an error message: strings quoted and cut at 60
 * characters, numbers as written (`NaN`, `Infinity`), objects by their kind.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `${JSON.stringify(shown)}${value.length > 60 ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'number') {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

/** @internal Print a path as `items[3].target.value`. */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Build a {@link ChitieuError} whose message comes from the heading map:
 * `[chitieu] Invalid number at items[3].value: expected a finite number; received NaN`.
 *
 * @internal
 */
export function chitieuError(
  code: ChitieuErrorCode,
  expected: string,
  options: {
    readonly received?: unknown;
    readonly path?: ErrorPath;
    readonly details?: Omit<ChitieuErrorDetails, 'expected' | 'received'>;
    /** The message's heading when the code's own would misname the input. */
    readonly heading?: string;
  } = {},
): ChitieuError {
  const path = Array.isArray(options.path) ? options.path : [];
  const where = path.length > 0 ? ` at ${formatPath(path)}` : '';
  const hasReceived = 'received' in options;
  const received = hasReceived ? describeValue(options.received) : undefined;
  const message = `[chitieu] ${options.heading ?? errorHeadings[code]}${where}: expected ${expected}${
    received === undefined ? '' : `; received ${received}`
  }`;
  const details: ChitieuErrorDetails =
    received === undefined
      ? { ...options.details, expected }
      : { ...options.details, expected, received };
  return new ChitieuError(code, message, path, details);
}
