import { bench, describe } from 'vitest';
import { classificationTally } from '../src/grassroots/classification.js';
import { describeClassification } from '../src/grassroots/describe-grassroots.js';
import { starFromScore } from '../src/grassroots/ocop.js';
import { ocopTally } from '../src/grassroots/ocop-tally.js';

const levels = ['vung-manh-toan-dien', 'kha', 'trung-binh', 'yeu'] as const;
const units = Array.from({ length: 20 }, (_, i) => ({
  unit: `Xã ${i + 1}`,
  level: levels[i % 3] as string,
}));
const products = Array.from({ length: 100 }, (_, i) => starFromScore(40 + (i % 60)));
const sink: { value: unknown } = { value: undefined };

describe('classification', () => {
  bench('classificationTally (counts, "18/20")', () => {
    sink.value = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });
  });
  bench('classificationTally (20 units)', () => {
    sink.value = classificationTally(units);
  });
  bench('classificationTally + describeClassification', () => {
    sink.value = describeClassification(
      classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 }),
    );
  });
});

describe('OCOP', () => {
  bench('starFromScore(72)', () => {
    sink.value = starFromScore(72);
  });
  bench('starFromScore(65, asOf)', () => {
    sink.value = starFromScore(65, { asOf: '2024-05-01' });
  });
  bench('ocopTally (100 products)', () => {
    sink.value = ocopTally(products);
  });
});
