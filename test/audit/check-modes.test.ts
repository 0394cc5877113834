import { describe, expect, it } from 'vitest';
import { checkModes } from '../../src/audit/check-modes.js';
import type { Rounding } from '../../src/numeric/rounding.js';
import { caught } from '../support/caught.js';

describe('checkModes', () => {
  it('returns the modes without repeats, in order', () => {
    expect(checkModes(['truncate', 'half-up', 'truncate'])).toEqual(['truncate', 'half-up']);
  });

  describe('edge cases', () => {
    it('rejects an empty list or a non-list at options.modes', () => {
      expect(caught(() => checkModes([])).path).toEqual(['options', 'modes']);
      expect(caught(() => checkModes('truncate' as unknown as Rounding[])).code).toBe(
        'invalid-argument',
      );
    });

    it('rejects an unknown mode at its index', () => {
      const e = caught(() => checkModes(['half-up', 'round' as Rounding]));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'modes', 1]);
    });
  });

  it('does not mutate its input', () => {
    const modes: Rounding[] = ['floor', 'floor'];
    checkModes(modes);
    expect(modes).toEqual(['floor', 'floor']);
  });
});

describe('checkModes: message', () => {
  it('pins the message for an empty list', () => {
    expect(caught(() => checkModes([])).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.modes: expected a non-empty list of rounding modes; received an array of 0"`,
    );
  });
});
