import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { describeTownProgress } from '../../src/ntm/describe-town-progress.js';

describe('describeTownProgress', () => {
  it('"Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh"', () => {
    expect(describeTownProgress({ name: 'Hương Khê', met: 8, total: 18 })).toBe(
      'Thị trấn Hương Khê đạt 8/18 tiêu chí đô thị văn minh',
    );
  });

  describe('edge cases', () => {
    it('more met than total is invalid-argument at town.met', () => {
      try {
        describeTownProgress({ name: 'Hương Khê', met: 19, total: 18 });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['town', 'met']);
      }
    });
  });

  it('does not mutate its input', () => {
    const town = { name: 'A', met: 1, total: 2 };
    describeTownProgress(town);
    expect(town).toEqual({ name: 'A', met: 1, total: 2 });
  });
});

describe('describeTownProgress: the message', () => {
  it('says what a town is', () => {
    try {
      describeTownProgress({ name: 'Hương Khê', met: 19, total: 18 });
      expect.unreachable();
    } catch (error) {
      expect((error as ChitieuError).message).toContain(
        'expected a town { name, met, total } with met not above total; 1 problem: town.met',
      );
    }
  });
});
