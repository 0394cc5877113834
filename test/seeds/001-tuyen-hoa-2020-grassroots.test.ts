/**
 * Seed 001_9c1e94b1803f550b.txt: Tuyên Hóa district (Quảng Bình), sơ kết of the first half
 * of 2020 on building "cơ sở vững mạnh toàn diện, cụm an toàn làm chủ". Figures quoted:
 *
 * - "có 18/20 xã, thị trấn đạt vững mạnh toàn diện"
 * - "6/6 cụm đạt cụm an toàn làm chủ"
 * - "không có xã, thị trấn, cụm yếu kém"
 */

import { formatViPercent, parsePeriodLabel, periodLabel } from 'chitieu';
import {
  classificationTally,
  clusterClassificationScale,
  describeClassification,
} from 'chitieu/party';
import { describe, expect, it } from 'vitest';

const communes = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
const clusters = classificationTally(
  { counts: { 'an-toan-lam-chu': 6, yeu: 0 } },
  { scale: clusterClassificationScale },
);

describe('seed 001 — Tuyên Hóa, 6 tháng đầu năm 2020: grassroots classification', () => {
  it('the period "6 tháng đầu năm 2020" is the first half of 2020, and is written back as such', () => {
    const period = parsePeriodLabel('6 tháng đầu năm 2020');
    expect(period).toEqual({ kind: 'half', year: 2020, half: 1 });
    expect(periodLabel(period)).toBe('6 tháng đầu năm 2020');
  });

  it('"18/20 xã, thị trấn đạt vững mạnh toàn diện" is 90%', () => {
    expect([communes.top.count, communes.top.total]).toEqual([18, 20]);
    expect(communes.top.percent?.toString()).toBe('90');
    expect(formatViPercent(communes.top.percent ?? 0)).toBe('90%');
    expect(communes.unspecified).toBe(2);
  });

  it('"6/6 cụm đạt cụm an toàn làm chủ" is 100%', () => {
    expect([clusters.top.count, clusters.top.total]).toEqual([6, 6]);
    expect(clusters.top.percent?.toString()).toBe('100');
  });

  it('"không có xã, thị trấn, cụm yếu kém"', () => {
    expect([communes.noneWeak, clusters.noneWeak]).toEqual([true, true]);
  });

  it('the whole sentence comes back', () => {
    expect(describeClassification([communes, clusters])).toBe(
      '18/20 xã, thị trấn đạt vững mạnh toàn diện, 6/6 cụm đạt cụm an toàn làm chủ, không có xã, thị trấn, cụm yếu kém',
    );
  });
});
