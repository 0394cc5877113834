import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { checkCount, checkName, checkRecord } from '../../src/validation/check-argument.js';

function caught(run: () => unknown): ChitieuError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChitieuError);
    return error as ChitieuError;
  }
  throw new Error('expected a ChitieuError');
}

describe('grassroots input checks', () => {
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
