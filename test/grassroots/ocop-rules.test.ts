import { describe, expect, it } from 'vitest';
import { ocopRulesAt } from '../../src/grassroots/ocop-rules.js';

describe('ocopRulesAt', () => {
  it('switches from QĐ 1048 to 148 on 24/02/2023 and to 1489 on 06/7/2025', () => {
    expect(ocopRulesAt('2023-02-23').recognitionRule).toBe('qd-1048-2019');
    expect(ocopRulesAt('2023-02-24').recognitionRule).toBe('qd-148-2023');
    expect(ocopRulesAt('2025-07-05').recognitionRule).toBe('qd-148-2023');
    expect(ocopRulesAt('2025-07-06').recognitionRule).toBe('qd-1489-2025');
    expect(ocopRulesAt(undefined)).toMatchObject({ asOf: null, recognitionRule: 'qd-1489-2025' });
  });

  it('3★ moves from province (1048) to district (148) and back to province (1489)', () => {
    expect(
      ['2021-01-01', '2024-01-01', '2026-01-01'].map((d) => ocopRulesAt(d).recognisedBy[3]),
    ).toEqual(['province', 'district', 'province']);
  });

  it('scores under QĐ 148 after QĐ 1489 too: 1489 changes only who recognises', () => {
    expect(ocopRulesAt('2025-07-06')).toEqual({
      asOf: '2025-07-06',
      rule: 'qd-148-2023',
      recognitionRule: 'qd-1489-2025',
      recognisedBy: { 3: 'province', 4: 'province', 5: 'central' },
    });
  });

  it('puts a bad date at the path given', () => {
    expect(() => ocopRulesAt('2024-13-01', ['x'])).toThrow(/at x:/);
  });
});
