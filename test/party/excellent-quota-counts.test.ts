import { describe, expect, it } from 'vitest';
import { checkExcellentQuota } from '../../src/party/check-excellent-quota.js';

describe('checkExcellentQuota: the counts that decide it', () => {
  it('takes { excellent, good } alone, as it takes the four counts', () => {
    const two = checkExcellentQuota({ excellent: 3, good: 12 });
    const four = checkExcellentQuota({ excellent: 3, good: 12, completed: 1, 'not-completed': 0 });
    expect(two).toEqual(four);
    expect([two.allowed, two.maxExcellent]).toEqual([false, 2]);
    expect(
      checkExcellentQuota({ excellent: 2, good: 12 }, { base: 'good-or-better' }).allowed,
    ).toBe(true);
  });

  it('refuses a total, saying the cap is a share of the HTTNV count', () => {
    expect(() => checkExcellentQuota({ total: 15, excellent: 3 } as never)).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['counts', 'total'],
        message: expect.stringContaining('HTTNV'),
      }),
    );
  });

  it('still needs the two that decide it', () => {
    expect(() => checkExcellentQuota({ excellent: 3 } as never)).toThrow(
      expect.objectContaining({ path: ['counts', 'good'] }),
    );
    expect(() => checkExcellentQuota({ good: 3 } as never)).toThrow(
      expect.objectContaining({ path: ['counts', 'excellent'] }),
    );
  });
});
