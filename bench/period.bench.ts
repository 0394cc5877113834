/**
 * Throughput of the Periods module. Run: npx vitest bench --run bench/period.bench.ts
 */
import { bench, describe } from 'vitest';
import { elapsedShare } from '../src/period/elapsed-share.js';
import { isPeriod } from '../src/period/is-period.js';
import { parsePeriod } from '../src/period/parse-period.js';
import { parsePeriodLabel } from '../src/period/parse-period-label.js';
import { periodInterval } from '../src/period/period-interval.js';
import { periodLabel } from '../src/period/period-label.js';
import type { Period } from '../src/period/period-schema.js';
import { previousPeriod } from '../src/period/previous-period.js';
import { samePeriodLastYear } from '../src/period/same-period-last-year.js';

const half: Period = { kind: 'half', year: 2020, half: 1 };
const term: Period = { kind: 'term', startYear: 2020, endYear: 2025 };
const json = JSON.parse('{"kind":"quarter","year":2021,"quarter":3}');
const labels = ['năm 2021', '6 tháng đầu năm 2020', 'quý III năm 2021', 'nhiệm kỳ 2021 - 2026'];
const date = new Date(2021, 5, 30);

describe('period: labels', () => {
  bench('periodLabel (half)', () => {
    periodLabel(half);
  });
  bench('parsePeriodLabel (4 labels)', () => {
    for (const l of labels) parsePeriodLabel(l);
  });
});

describe('period: validation', () => {
  bench('isPeriod', () => {
    isPeriod(json);
  });
  bench('parsePeriod (zod schema)', () => {
    parsePeriod(json);
  });
});

describe('period: calendar', () => {
  bench('periodInterval (term)', () => {
    periodInterval(term);
  });
  bench('elapsedShare (string date)', () => {
    elapsedShare(half, '2020-03-15');
  });
  bench('elapsedShare (Date)', () => {
    elapsedShare(term, date);
  });
  bench('previousPeriod + samePeriodLastYear', () => {
    previousPeriod(half);
    samePeriodLastYear(half);
  });
});
