/**
 * The generic sweep: every function of every entry point is called with every hostile value, as
 * its first argument (the others plausible) and as an extra last argument (where options
 * go). Each call must throw a ChitieuError or return a clean value: no TypeError, RangeError
 * or error from zod, decimal.js or date-fns, no NaN, Infinity or −0, no polluted prototype.
 */
import * as chitieu from 'chitieu';
import * as claims from 'chitieu/claims';
import * as ntm from 'chitieu/ntm';
import * as party from 'chitieu/party';
import * as schemas from 'chitieu/schemas';
import * as tables from 'chitieu/tables';
import { describe, expect, it } from 'vitest';
import { expectCleanValue } from './expect-chitieu-error.js';
import { firstArgs, hostileValues, restArgs } from './hostile.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** Classes are constructors, not functions to sweep: `Decimal(NaN)` is decimal.js's own NaN. */
const CLASSES: ReadonlySet<string> = new Set(['ChitieuError', 'Decimal']);

const functions: readonly (readonly [string, AnyFunction])[] = Object.entries({
  ...chitieu,
  ...claims,
  ...ntm,
  ...party,
  ...schemas,
  ...tables,
})
  .filter(([name, value]) => typeof value === 'function' && !CLASSES.has(name))
  .map(([name, value]) => [name, value as AnyFunction] as const)
  .sort(([a], [b]) => a.localeCompare(b));

/** Call `run`; return a description of what went wrong, or null when all is well. */
function misbehaviour(run: () => unknown): string | null {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (error instanceof chitieu.ChitieuError) {
      return error.message.startsWith('[chitieu] ') ? null : `bad message: ${error.message}`;
    }
    return `threw ${(error as Error)?.constructor?.name}: ${String((error as Error)?.message).slice(0, 120)}`;
  }
  try {
    expectCleanResult(value);
  } catch (error) {
    return `returned an unclean value: ${String((error as Error).message).slice(0, 160)}`;
  }
  if (Object.hasOwn(Object.prototype, 'polluted')) return 'polluted Object.prototype';
  return null;
}

/** A returned value: clean numbers and Decimals; sentences may quote the input, so no text check. */
function expectCleanResult(value: unknown): void {
  if (typeof value === 'string') return;
  expectCleanValue(value);
}

describe('sweep: every exported function, every hostile value', () => {
  it('finds the public functions to sweep (all of them, classes aside)', () => {
    const names = functions.map(([name]) => name);
    expect(names.length).toBeGreaterThanOrEqual(75);
    expect(names).toEqual(expect.arrayContaining(['parsePlan', 'describePlanReport', 'toDecimal']));
    // Every function the plausible arguments are written for is still exported.
    expect(names).toEqual(
      expect.arrayContaining([...Object.keys(firstArgs), ...Object.keys(restArgs)]),
    );
  });

  it.each(functions)('%s takes every hostile value as its first argument', (name, fn) => {
    const problems: string[] = [];
    for (const hostile of hostileValues) {
      const rest = restArgs[name]?.() ?? [];
      const problem = misbehaviour(() => fn(hostile.value(), ...rest));
      if (problem !== null) problems.push(`${name}(${hostile.name}, …): ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(functions.filter(([name]) => name in firstArgs))(
    '%s takes every hostile value as an extra last argument (options)',
    (name, fn) => {
      const problems: string[] = [];
      for (const hostile of hostileValues) {
        const args = [firstArgs[name]?.(), ...(restArgs[name]?.() ?? []), hostile.value()];
        const problem = misbehaviour(() => fn(...args));
        if (problem !== null) problems.push(`${name}(…, ${hostile.name}): ${problem}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(functions.filter(([name]) => name in firstArgs))(
    '%s works on its plausible arguments (so the sweep tests the hostile value, not a bad call)',
    (name, fn) => {
      const value = fn(firstArgs[name]?.(), ...(restArgs[name]?.() ?? []));
      expectCleanResult(value);
    },
  );
});
