import { describe, expect, it } from 'vitest';
import {
  checkCount,
  checkName,
  checkOneOf,
  checkRecord,
  checkUniqueName,
} from '../../src/validation/check-argument.js';
import { caught } from '../support/caught.js';

describe('argument checks', () => {
  it('accept counts, names and objects', () => {
    expect(checkCount(20, ['x'])).toBe(20);
    expect(Object.is(checkCount(-0, ['x']), 0)).toBe(true);
    expect(checkName('Xã Thanh Hóa', ['u'])).toBe('Xã Thanh Hóa');
    expect(checkRecord({}, 'an object', ['r'])).toEqual({});
  });

  it('reject bad values with invalid-argument at the path', () => {
    for (const bad of [-1, 0.5, '2', Number.POSITIVE_INFINITY]) {
      const e = caught(() => checkCount(bad, ['input', 'total']));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['input', 'total']]);
    }
    expect(caught(() => checkName('', ['u'])).path).toEqual(['u']);
    expect(caught(() => checkRecord([], 'an object', ['r'])).path).toEqual(['r']);
  });
});

describe('checkName', () => {
  it('accepts a name of exactly 200 characters and rejects one of 201', () => {
    const name = `Xã ${'a'.repeat(197)}`;
    expect(name).toHaveLength(200);
    expect(checkName(name, ['unit'])).toBe(name);
    const e = caught(() => checkName(`${name}a`, ['unit']));
    expect([e.code, e.path, e.details.received]).toEqual([
      'invalid-argument',
      ['unit'],
      `"Xã ${'a'.repeat(54)}…" (201 characters)`,
    ]);
  });

  it('rejects a name that is not a string, or only spaces, saying what a name is', () => {
    for (const bad of [42, null, undefined, ['Xã A'], '   ']) {
      const e = caught(() => checkName(bad, ['units', 0, 'unit']));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['units', 0, 'unit']]);
    }
    expect(() => checkName(42, ['unit'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at unit: expected a name: a text that is not blank (something besides spaces) of at most 200 characters; received 42]`,
    );
  });
});

describe('checkOneOf', () => {
  const modes = ['lenient', 'literal'] as const;

  it('returns the value or the fallback', () => {
    expect(checkOneOf('literal', modes, 'lenient', [])).toBe('literal');
    expect(checkOneOf(undefined, modes, 'lenient', [])).toBe('lenient');
    expect(checkOneOf(undefined, ['count', 'amount'], null, [])).toBeNull();
    expect(checkOneOf(false, [true, false], undefined, [])).toBe(false);
    expect(checkOneOf(undefined, [true, false], undefined, [])).toBeUndefined();
  });

  it('rejects a value of the wrong type, not only an unknown name, at the path', () => {
    for (const value of [null, 1, true, 'strict', ['lenient'], { toString: () => 'lenient' }]) {
      const e = caught(() => checkOneOf(value, modes, 'lenient', ['options', 'strictness']));
      expect([e.code, e.path]).toEqual(['invalid-argument', ['options', 'strictness']]);
    }
  });

  it('names the allowed values, strings in quotes', () => {
    expect(() => checkOneOf('strict', modes, 'lenient', ['o'])).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at o: expected one of 'lenient', 'literal'; received "strict"]`,
    );
    expect(() =>
      checkOneOf('yes', [true, false], undefined, ['o']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid argument at o: expected one of true, false; received "yes"]`,
    );
  });

  it('does not mutate the allowed values', () => {
    const allowed = Object.freeze(['a', 'b'] as const);
    checkOneOf('a', allowed, 'b', []);
    expect(allowed).toEqual(['a', 'b']);
  });
});

describe('checkUniqueName', () => {
  it('accepts each name once and remembers it', () => {
    const seen = new Set<string>();
    expect(checkUniqueName('Xã Hương Trà', seen, ['units', 0, 'unit'])).toBe('Xã Hương Trà');
    expect(checkUniqueName('Xã Hương Đô', seen, ['units', 1, 'unit'])).toBe('Xã Hương Đô');
    expect([...seen]).toEqual(['Xã Hương Trà', 'Xã Hương Đô']);
  });

  it('rejects a name given twice, and a bad name, at the path', () => {
    const seen = new Set<string>(['Xã Hương Trà']);
    const twice = caught(() => checkUniqueName('Xã Hương Trà', seen, ['units', 3, 'unit']));
    expect([twice.code, twice.path, twice.message]).toEqual([
      'invalid-argument',
      ['units', 3, 'unit'],
      '[chitieu] Invalid argument at units[3].unit: expected each unit named once; received "Xã Hương Trà"',
    ]);
    expect(caught(() => checkUniqueName('', seen, ['u'])).path).toEqual(['u']);
  });
});
