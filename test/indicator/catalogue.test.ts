import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { indicators } from '../../src/indicator/catalogue.js';
import { type Indicator, indicatorSchema } from '../../src/indicator/indicator-schema.js';

describe('indicators', () => {
  it('every entry is a valid indicator with a unique id', () => {
    const ids = new Set<string>();
    for (const indicator of Object.values<Indicator>(indicators)) {
      expect(z.parse(indicatorSchema, indicator)).toEqual(indicator);
      expect(ids.has(indicator.id)).toBe(false);
      ids.add(indicator.id);
    }
    expect(ids.size).toBe(21);
  });

  it.each([
    [
      'partyAdmissions',
      'party-admissions',
      'đảng viên',
      'count',
      'higher-is-better',
      'party-building',
    ],
    [
      'productionValueGrowth',
      'production-value-growth',
      '%',
      'rate',
      'higher-is-better',
      'economy',
    ],
    ['grdpGrowth', 'grdp-growth', '%', 'rate', 'higher-is-better', 'economy'],
    [
      'incomePerCapita',
      'income-per-capita',
      'triệu đồng/người/năm',
      'amount',
      'higher-is-better',
      'economy',
    ],
    ['budgetRevenue', 'budget-revenue', 'tỷ đồng', 'amount', 'higher-is-better', 'economy'],
    [
      'totalSocialInvestment',
      'total-social-investment',
      'tỷ đồng',
      'amount',
      'higher-is-better',
      'economy',
    ],
    ['povertyRate', 'poverty-rate', '%', 'rate', 'lower-is-better', 'society'],
    ['nearPovertyRate', 'near-poverty-rate', '%', 'rate', 'lower-is-better', 'society'],
    ['ntmCommunes', 'ntm-communes', 'xã', 'count', 'higher-is-better', 'economy'],
    ['ntmAdvancedCommunes', 'ntm-advanced-communes', 'xã', 'count', 'higher-is-better', 'economy'],
    ['ntmCriteriaMet', 'ntm-criteria-met', 'tiêu chí', 'count', 'higher-is-better', 'economy'],
    [
      'ntmDistrictCriteriaMet',
      'ntm-district-criteria-met',
      'tiêu chí',
      'count',
      'higher-is-better',
      'economy',
    ],
    [
      'healthInsuranceCoverage',
      'health-insurance-coverage',
      '%',
      'rate',
      'higher-is-better',
      'society',
    ],
    ['vaccinationRate', 'vaccination-rate', '%', 'rate', 'higher-is-better', 'society'],
    ['trainedLabourRate', 'trained-labour-rate', '%', 'rate', 'higher-is-better', 'society'],
    ['forestCover', 'forest-cover', '%', 'rate', 'higher-is-better', 'environment'],
    ['thirdChildBirthRate', 'third-child-birth-rate', '%', 'rate', 'lower-is-better', 'society'],
    ['ocopProducts', 'ocop-products', 'sản phẩm', 'count', 'higher-is-better', 'economy'],
    ['farmModels', 'farm-models', 'mô hình', 'count', 'higher-is-better', 'economy'],
    [
      'partyOrganisationsRatedGood',
      'party-organisations-rated-good',
      '%',
      'rate',
      'higher-is-better',
      'party-building',
    ],
    ['militaryRecruitment', 'military-recruitment', '%', 'rate', 'higher-is-better', 'defence'],
  ] as const)('%s is %s in %s, a %s, %s', (key, id, unit, measure, direction, group) => {
    expect(indicators[key]).toMatchObject({ id, unit, measure, direction, group });
  });

  it('names indicators in Vietnamese', () => {
    expect(indicators.partyAdmissions.name).toBe('Kết nạp đảng viên mới');
    expect(indicators.povertyRate.name).toBe('Tỷ lệ hộ nghèo');
    expect(indicators.incomePerCapita.name).toBe('Thu nhập bình quân đầu người');
  });

  describe('edge cases', () => {
    it('is frozen, entries and record', () => {
      expect(Object.isFrozen(indicators)).toBe(true);
      for (const indicator of Object.values<Indicator>(indicators)) {
        expect(Object.isFrozen(indicator)).toBe(true);
      }
      expect(() => {
        (indicators as unknown as Record<string, unknown>).extra = {};
      }).toThrow(TypeError);
    });

    it('the rates whose lower values are better are poverty, near-poverty and third-child births', () => {
      const lower = Object.values<Indicator>(indicators)
        .filter((i) => i.direction === 'lower-is-better')
        .map((i) => i.id);
      expect(lower).toEqual(['poverty-rate', 'near-poverty-rate', 'third-child-birth-rate']);
    });

    it('every rate is in "%"', () => {
      for (const indicator of Object.values<Indicator>(indicators)) {
        expect(indicator.measure === 'rate').toBe(indicator.unit === '%');
      }
    });
  });

  it('does not mutate its input (the catalogue survives JSON unchanged)', () => {
    expect(JSON.parse(JSON.stringify(indicators))).toEqual(indicators);
  });
});
