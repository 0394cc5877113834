/**
 * The assertions of the bad-input corpus: a case either throws a ChitieuError with the right
 * code and path, or returns a clean, documented value. Never NaN, Infinity, −0, a plain
 * Error from a dependency, or a polluted Object.prototype.
 */
import { ChitieuError, type ChitieuErrorCode, Decimal } from 'chitieu';
import { expect } from 'vitest';

/** One entry of a module's table. Give `code` (and usually `path`) or `returns`. */
export interface BadInputCase {
  /** What is fed in, and what should happen, as a sentence. */
  readonly name: string;
  /** The call under test. */
  readonly run: () => unknown;
  /** The ChitieuError code it must throw. */
  readonly code?: ChitieuErrorCode;
  /** The path of that error (checked when given). */
  readonly path?: readonly (string | number)[];
  /** For a call that must succeed: checks on its value (after the generic clean-value checks). */
  readonly returns?: (value: unknown) => void;
}

/**
 * Run `run` and assert it throws a ChitieuError with `code`, with `path` when given, and a
 * message that starts "[chitieu] " and says what was expected.
 *
 * @returns the error, for further checks
 */
export function expectChitieuError(
  run: () => unknown,
  code: ChitieuErrorCode,
  path?: readonly (string | number)[],
): ChitieuError {
  let thrown: unknown;
  let returned: unknown;
  let threw = false;
  try {
    returned = run();
  } catch (error) {
    threw = true;
    thrown = error;
  }
  if (!threw) {
    expect.fail(`expected a ChitieuError ${code}, but the call returned ${safeShow(returned)}`);
  }
  if (!(thrown instanceof ChitieuError)) {
    expect.fail(
      `expected a ChitieuError ${code}, but it threw ${(thrown as Error)?.constructor?.name}: ${String(
        (thrown as Error)?.message,
      ).slice(0, 300)}`,
    );
  }
  const error = thrown as ChitieuError;
  expect(error.code, error.message).toBe(code);
  if (path !== undefined) expect(error.path, error.message).toEqual(path);
  expect(error.message.startsWith('[chitieu] ')).toBe(true);
  expect(error.message).toContain('expected');
  expect(error.name).toBe('ChitieuError');
  return error;
}

function safeShow(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return typeof value;
  }
}

const BAD_TEXT = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object /;

/**
 * Assert a returned value is clean: every number finite and not −0, every Decimal finite and
 * not −0, no `undefined` where a value is, and (for a sentence) no "NaN", "Infinity",
 * "undefined" or "[object …]" in the text. Its JSON must have no NaN, Infinity or "-0" either.
 */
export function expectCleanValue(value: unknown): void {
  expect(value, 'a value, not undefined').not.toBeUndefined();
  if (typeof value === 'string') expect(value).not.toMatch(BAD_TEXT);
  walk(value, [], new WeakSet());
  const json = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'bigint' ? `${String(v)}n` : v,
  );
  if (json !== undefined) expect(json).not.toMatch(/\bNaN\b|\bInfinity\b|"-0"/);
}

function walk(value: unknown, at: readonly (string | number)[], seen: WeakSet<object>): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `finite number at ${at.join('.')}`).toBe(true);
    expect(Object.is(value, -0), `no -0 at ${at.join('.')}`).toBe(false);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof Decimal) {
    expect(value.isFinite(), `finite Decimal at ${at.join('.')}`).toBe(true);
    expect(value.isZero() && value.isNegative(), `no Decimal -0 at ${at.join('.')}`).toBe(false);
    return;
  }
  for (const [key, v] of Object.entries(value)) walk(v, [...at, key], seen);
}

/** Run one case of a table: the error it must throw, or the clean value it must return. */
export function runCase(c: BadInputCase): void {
  expect(c.code === undefined, `case "${c.name}" gives either code or returns`).toBe(
    c.returns !== undefined,
  );
  if (c.code !== undefined) {
    expectChitieuError(c.run, c.code, c.path);
  } else {
    const value = c.run();
    expectCleanValue(value);
    c.returns?.(value);
  }
  // No case may pollute the prototype of every object.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}
