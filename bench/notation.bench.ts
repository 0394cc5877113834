import { bench, describe } from 'vitest';
import { formatViNumber } from '../src/notation/format-vi-number.js';
import { parseViNumber } from '../src/notation/parse-vi-number.js';
import { Decimal } from '../src/numeric/decimal.js';
import { toDecimal } from '../src/numeric/to-decimal.js';

// The seed figures of 002_6f9d0d73f558c892.txt, as printed and as values.
const printed = ['3.365', '87.646', '49,22', '3,96', '4,93', '12,1', '112,6%', '1.234,5'];
const numbers = [3365, 87646, 49.22, 3.96, 4.93, 12.1, 112.6, 1234.5];
const decimals = numbers.map((n) => new Decimal(n));
const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

describe('parse Vietnamese notation (8 seed figures per iteration)', () => {
  bench('parseViNumber', () => {
    for (const text of printed) parseViNumber(text);
  });
  bench('baseline: Number(text.replaceAll(".", "").replace(",", "."))', () => {
    for (const text of printed) Number(text.replaceAll('.', '').replace(',', '.').replace('%', ''));
  });
});

describe('format Vietnamese notation (8 seed figures per iteration)', () => {
  bench('formatViNumber(Decimal)', () => {
    for (const d of decimals) formatViNumber(d);
  });
  bench('formatViNumber(number)', () => {
    for (const n of numbers) formatViNumber(n);
  });
  bench('baseline: Intl.NumberFormat("vi-VN").format(number)', () => {
    for (const n of numbers) intl.format(n);
  });
});

describe('toDecimal (8 values per iteration)', () => {
  bench('toDecimal(number)', () => {
    for (const n of numbers) toDecimal(n);
  });
  bench('toDecimal(string)', () => {
    for (const text of ['3365', '87646', '49.22', '3.96', '4.93', '12.1', '112.6', '1234.5']) {
      toDecimal(text);
    }
  });
  bench('toDecimal(Decimal)', () => {
    for (const d of decimals) toDecimal(d);
  });
});
