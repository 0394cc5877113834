import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readPercentCell,
  readResultCell,
  readTargetCell,
  readVerdictCell,
} from '../../src/tables/read-cells.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const target = (text: string, measure?: 'rate' | 'amount') => plain(readTargetCell(text, measure));
const result = (text: string, measure?: 'rate' | 'amount') => plain(readResultCell(text, measure));

describe('plan cells as officials write them', () => {
  it('reads bounds written as symbols, and marks "<" ">" strict', () => {
    expect(target('< 7,6')).toMatchObject({
      target: { kind: 'at-most', value: '7.6', strict: true },
      strictSymbol: true,
    });
    expect(target('>2.300')).toMatchObject({
      target: { kind: 'at-least', value: '2300', strict: true },
      strictSymbol: true,
    });
    expect(target('≥ 95')).toMatchObject({
      target: { kind: 'at-least', value: '95', strict: false },
      strictSymbol: false,
    });
    expect(target('Dưới 4')).toMatchObject({
      target: { kind: 'at-most', value: '4', strict: true },
      strictSymbol: false,
    });
  });

  it('reads a range with leading zeros', () => {
    expect(target('07 - 09').target).toEqual({ kind: 'range', min: '7', max: '9' });
    expect(target('1-1,5').target).toEqual({ kind: 'range', min: '1', max: '1.5' });
    expect(target('07 – 09').target).toEqual({ kind: 'range', min: '7', max: '9' });
    expect(target('57\u201157,5').target).toEqual({ kind: 'range', min: '57', max: '57.5' });
  });

  it('reads a change written in a level column', () => {
    expect(target('tăng 7,4 - 8,4%', 'amount').target).toEqual({
      kind: 'change',
      direction: 'increase',
      by: { kind: 'range', min: '7.4', max: '8.4' },
      basis: 'percent',
    });
    expect(target('giảm 28,3% so với thực hiện năm 2020', 'amount').target).toEqual({
      kind: 'change',
      direction: 'decrease',
      by: { kind: 'exact', value: '28.3' },
      basis: 'percent',
    });
  });

  it('reads a figure with its context in parentheses', () => {
    expect(target('0,7% (còn 4,33%)')).toMatchObject({
      target: { kind: 'exact', value: '0.7' },
      level: '4.33',
    });
    expect(target('575 (tăng 15%)', 'amount')).toMatchObject({
      target: { kind: 'exact', value: '575' },
      contextChange: { direction: 'increase', size: '15', basis: 'percent' },
    });
    expect(target('24.500 (dự ước)')).toMatchObject({
      target: { kind: 'exact', value: '24500' },
      estimate: true,
    });
    expect(target('6.065,2 (giảm 28,3% so với thực hiện năm 2020)', 'amount')).toMatchObject({
      target: { kind: 'exact', value: '6065.2' },
      contextChange: { direction: 'decrease', size: '28.3' },
    });
    expect(target('100 (theo chuẩn mới)')).toMatchObject({ note: 'theo chuẩn mới' });
  });

  it('keeps a text plan ("Đạt chuẩn") without a target, and blanks as nothing', () => {
    expect(target('Đạt chuẩn')).toMatchObject({ target: null, text: 'Đạt chuẩn' });
    for (const blank of ['', ' ', '-', '—', 'x', '…', '......', '-/-', '\u200b']) {
      expect(readTargetCell(blank, undefined)).toBeNull();
    }
  });

  it('reports a dash and a space before a figure, and words it cannot read', () => {
    expect(readTargetCell('- 4,13', undefined)).toHaveProperty('problem');
    expect(readTargetCell('1,2,3', undefined)).toHaveProperty('problem');
  });
});

describe('result cells as officials write them', () => {
  it('reads a figure, a negative figure, an estimate', () => {
    expect(result('2.007')).toMatchObject({ form: 'figure', value: '2007', hedge: null });
    expect(result('-4,13%')).toMatchObject({ form: 'figure', value: '-4.13', unit: '%' });
    expect(result('\u22124,13%')).toMatchObject({ form: 'figure', value: '-4.13' });
    expect(readResultCell('– 4,13', undefined)).toHaveProperty('problem');
    expect(result('ước đạt 95')).toMatchObject({ form: 'figure', value: '95', estimate: true });
    expect(result('1,8 (dự ước)')).toMatchObject({ form: 'figure', value: '1.8', estimate: true });
  });

  it('reads a range result', () => {
    expect(result('61-62')).toMatchObject({ form: 'range', value: '61', max: '62' });
  });

  it('drops footnote marks after a figure', () => {
    expect(result('18,37[2]')).toMatchObject({ form: 'figure', value: '18.37' });
    expect(result('7,02(*)')).toMatchObject({ form: 'figure', value: '7.02' });
  });

  it('reads hedged results', () => {
    expect(result('trên 46,8 ha')).toMatchObject({
      form: 'hedged',
      value: '46.8',
      hedge: 'above',
      unit: 'ha',
    });
    expect(result('Khoảng 24')).toMatchObject({ form: 'hedged', value: '24', hedge: 'about' });
    expect(result('gần 80%')).toMatchObject({ form: 'hedged', value: '80', hedge: 'near' });
    expect(result('hơn 2.000')).toMatchObject({ hedge: 'above' });
    expect(result('dưới 3')).toMatchObject({ hedge: 'below' });
  });

  it('reads a change as a result and a level in parentheses', () => {
    expect(result('tăng 8,5%', 'amount')).toMatchObject({
      form: 'change',
      value: '8.5',
      change: { direction: 'increase', basis: 'percent' },
    });
    expect(result('0,8% (còn 4,2%)')).toMatchObject({ form: 'figure', value: '0.8', level: '4.2' });
  });

  it('keeps text results ("Xuất siêu", "Đạt chuẩn") with no figure', () => {
    expect(result('Xuất siêu')).toMatchObject({ form: 'text', value: null });
    expect(result('Đạt chuẩn')).toMatchObject({ form: 'text', value: null });
  });

  it('reads any cell without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        readResultCell(s, undefined);
        readTargetCell(s, 'rate');
        readPercentCell(s);
        readVerdictCell(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('percent and verdict cells', () => {
  it('reads a printed percent with or without "%", and refuses words', () => {
    expect(plain(readPercentCell('112,6%'))).toEqual({ value: '112.6', text: '112,6' });
    expect(plain(readPercentCell('98'))).toEqual({ value: '98', text: '98' });
    expect(readPercentCell('Vượt')).toHaveProperty('problem');
    expect(readPercentCell('-')).toBeNull();
  });

  it('reads verdicts into exceeded, met, not met, attained', () => {
    const v = (s: string) => (readVerdictCell(s) as { verdict: string }).verdict;
    expect(['Vượt', 'Vượt KH', 'Hoàn thành vượt', 'vượt kế hoạch'].map(v)).toEqual(
      Array(4).fill('exceeded'),
    );
    expect(['Đạt', 'Đạt KH', 'Hoàn thành', 'đạt.'].map(v)).toEqual(Array(4).fill('met'));
    expect(['Không đạt', 'Chưa đạt', 'Chưa hoàn thành'].map(v)).toEqual(Array(3).fill('not-met'));
    expect(v('Đạt và vượt')).toBe('attained');
    expect(readVerdictCell('Cơ bản đạt')).toHaveProperty('problem');
  });
});
