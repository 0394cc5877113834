/**
 * Seed 001_9c1e94b1803f550b.txt (Tuyên Hóa, sơ kết 6 tháng đầu năm 2020): the shares of
 * communes and clusters classified.
 */

import { checkShare } from 'chitieu';
import { describe, expect, it } from 'vitest';

describe('seed 001 — Tuyên Hóa, 6 tháng đầu năm 2020: shares', () => {
  it('"18/20 xã, thị trấn đạt vững mạnh toàn diện" is 90%', () => {
    const r = checkShare(18, 20, '90%');
    expect(r.share.toString()).toBe('90');
    expect(r.consistent).toBe(true);
    expect(r.reconciliation.matches).toEqual(['half-up', 'half-even', 'truncate', 'ceil', 'floor']);
  });

  it('"6/6 cụm đạt cụm an toàn làm chủ" is 100%', () => {
    const r = checkShare(6, 6, '100%');
    expect(r.share.toString()).toBe('100');
    expect(r.verdict).toBe('consistent');
  });

  it('"không có xã, thị trấn, cụm yếu kém": 0 of 20 and 0 of 6 are 0%', () => {
    expect(checkShare(0, 20, '0%').consistent).toBe(true);
    expect(checkShare(0, 6, '0%').consistent).toBe(true);
  });

  it('a count above its total ("21/20") is refused, not computed', () => {
    expect(() => checkShare(21, 20)).toThrow(/count not above the total/);
  });
});
