import { Decimal } from './decimal.js';

/** The digits of a Decimal as decimal.js holds them: base-1e7 words and a base-10 exponent. */
interface Words {
  d: number[] | null;
  e: number;
}

const BASE = 1e7;

/**
 * @internal `x × 100`, exact and equal to `x.times(100)`, without decimal.js's general
 * multiplication: each base-1e7 word of `x` is multiplied by 100 with its carry (whole
 * numbers below 2^31, so no float is ever rounded) and the exponent moves by 2. The digits
 * are the same digits, so nothing is rounded. Percent of plan (ratio × 100) is computed for
 * every item of a plan; this makes it cheap. Anything unusual (zero, not finite, at the edge
 * of the exponent range) takes `times(100)`.
 */
export function timesHundred(x: Decimal): Decimal {
  const { d, e } = x as unknown as Words;
  if (d === null || d.length === 0 || x.isZero() || e + 2 > Decimal.maxE) return x.times(100);
  const words = new Array<number>(d.length);
  let carry = 0;
  for (let i = d.length - 1; i >= 0; i--) {
    const v = (d[i] as number) * 100 + carry;
    carry = (v / BASE) | 0;
    words[i] = v - carry * BASE;
  }
  if (carry > 0) words.unshift(carry);
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  const y = new Decimal(x) as unknown as Words;
  y.d = words;
  y.e = e + 2;
  return y as unknown as Decimal;
}
