import { describe, expect, it } from 'vitest';
import { readPublishedPercent } from '../../src/audit/read-published-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';

describe('readPublishedPercent', () => {
  it('counts the decimals printed in Vietnamese text', () => {
    const read = (t: string) => readPublishedPercent(t, undefined, ['p']);
    expect(read('112,6%').decimals).toBe(1);
    expect(read('102%').decimals).toBe(0);
    expect(read('98,05%').decimals).toBe(2);
    expect(read('112,60 %').decimals).toBe(2);
    expect(read('1.234,5%').value.toString()).toBe('1234.5');
    expect(read(' 97,1% ').text).toBe('97,1%');
  });

  it('takes a number with its own decimals, and prints it for the record', () => {
    const r = readPublishedPercent(112.6, undefined, ['p']);
    expect(r.decimals).toBe(1);
    expect(r.text).toBe('112,6%');
    expect(readPublishedPercent(new Decimal('90'), 2, ['p']).text).toBe('90,00%');
  });

  describe('edge cases', () => {
    it('rejects decimals fewer than the value has', () => {
      const e = caught(() => readPublishedPercent('112,65%', 1, ['p']));
      expect(e.code).toBe('invalid-argument');
      expect(e.path).toEqual(['options', 'decimals']);
      expect(readPublishedPercent('112,60%', 1, ['p']).decimals).toBe(1);
    });

    it('rejects malformed figures at the given path', () => {
      const e = caught(() => readPublishedPercent('12.5%', undefined, ['published']));
      expect(e.code).toBe('invalid-number');
      expect(e.path).toEqual(['published']);
      expect(caught(() => readPublishedPercent(Number.NaN, undefined, ['x'])).path).toEqual(['x']);
    });
  });

  it('does not mutate its input', () => {
    const d = new Decimal('12.5');
    readPublishedPercent(d, 2, ['p']);
    expect(d.toString()).toBe('12.5');
  });
});

describe('readPublishedPercent: printed decimals', () => {
  it('counts the decimals of a figure without "%", or with a no-break space before it', () => {
    expect(readPublishedPercent('112,6', undefined, []).decimals).toBe(1);
    expect(readPublishedPercent('97,1\u00a0%', undefined, []).decimals).toBe(1);
    expect(readPublishedPercent('97,10\u00a0%', undefined, []).decimals).toBe(2);
  });

  it('says how many decimals are needed, in the right number', () => {
    expect(caught(() => readPublishedPercent('112,65%', 1, ['p'])).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.decimals: expected at least 2 decimal places, as many as the published figure has; received 1"`,
    );
    expect(caught(() => readPublishedPercent(112.6, 0, ['p'])).message).toMatchInlineSnapshot(
      `"[chitieu] Invalid argument at options.decimals: expected at least 1 decimal place, as many as the published figure has; received 0"`,
    );
  });
});
