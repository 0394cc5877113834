import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ChitieuError,
  type ChitieuErrorCode,
  chitieuError,
  describeValue,
  errorHeadings,
  isChitieuError,
} from '../src/errors.js';

describe('ChitieuError', () => {
  it('carries code, path and details, and a message prefixed [chitieu]', () => {
    const error = chitieuError('invalid-number', 'a finite number', {
      received: Number.NaN,
      path: ['items', 3, 'actual'],
    });
    expect(error).toBeInstanceOf(ChitieuError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChitieuError');
    expect(error.code).toBe('invalid-number');
    expect(error.path).toEqual(['items', 3, 'actual']);
    expect(error.details).toEqual({ expected: 'a finite number', received: 'NaN' });
    expect(error.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid number at items[3].actual: expected a finite number; received NaN"`,
    );
  });

  it('omits "received" when no value was given', () => {
    const error = chitieuError('missing-baseline', 'a baseline for a change target');
    expect(error.message).toMatchInlineSnapshot(
      `"[chitieu] Missing baseline (số liệu kỳ gốc): expected a baseline for a change target"`,
    );
    expect(error.details).toEqual({ expected: 'a baseline for a change target' });
    expect(Object.keys(error.details)).toEqual(['expected']);
  });

  it('keeps "received" when the value given is undefined', () => {
    const error = chitieuError('invalid-argument', 'a count', { received: undefined });
    expect(error.message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument: expected a count; received undefined"`,
    );
    expect(error.details).toStrictEqual({ expected: 'a count', received: 'undefined' });
  });

  it('has an empty path and no details when built with a message only', () => {
    const error = new ChitieuError('division-by-zero', '[chitieu] Division by zero');
    expect(error.path).toEqual([]);
    expect(error.details).toEqual({});
  });

  it('freezes path and details', () => {
    const path = ['a'];
    const error = new ChitieuError('invalid-argument', 'm', path, { x: 1 });
    path.push('b');
    expect(error.path).toEqual(['a']);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('has a heading for every code', () => {
    const codes = Object.keys(errorHeadings) as ChitieuErrorCode[];
    expect(codes).toHaveLength(12);
    for (const code of codes) expect(errorHeadings[code].length).toBeGreaterThan(0);
  });

  it('isChitieuError narrows, optionally by code', () => {
    const error = chitieuError('input-too-long', 'at most 500 characters');
    expect(isChitieuError(error)).toBe(true);
    expect(isChitieuError(error, 'input-too-long')).toBe(true);
    expect(isChitieuError(error, 'invalid-number')).toBe(false);
    expect(isChitieuError(new Error('x'))).toBe(false);
    expect(isChitieuError('x')).toBe(false);
    expectTypeOf(error.code).toEqualTypeOf<ChitieuErrorCode>();
  });
});

describe('describeValue', () => {
  it.each([
    ['x', '"x"'],
    [Number.NaN, 'NaN'],
    [-0, '-0'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [10n, '10n'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
    [[1, 2], 'an array of 2'],
    [{ a: 1 }, 'an object'],
  ])('prints %s as %s', (value, printed) => {
    expect(describeValue(value)).toBe(printed);
  });

  it('prints a string of 60 characters in full, and cuts one of 61 to 57 and an ellipsis', () => {
    const sixty = 'x'.repeat(60);
    expect(describeValue(sixty)).toBe(`"${sixty}"`);
    expect(describeValue(`${sixty}y`)).toBe(`"${'x'.repeat(57)}…" (61 characters)`);
  });

  it('cuts long strings and says how long they were', () => {
    const printed = describeValue('a'.repeat(1000));
    expect(printed.length).toBeLessThan(90);
    expect(printed).toContain('(1000 characters)');
  });
});

describe('paths handed in by callers', () => {
  it('a path that is not an array never breaks the error', () => {
    const error = chitieuError('invalid-number', 'a number', { path: 'items' as never });
    expect(error.path).toEqual([]);
    expect(new ChitieuError('invalid-number', 'm', 'items' as never).path).toEqual([]);
    const kept = new ChitieuError('invalid-number', 'm', ['a', 1, {} as never, 'b']);
    expect(kept.path).toEqual(['a', 1, 'b']);
  });
});
