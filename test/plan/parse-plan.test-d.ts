// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/plan-schema.js';

const admissions = {
  id: 'admissions',
  indicator: 'party-admissions',
  label: 'kết nạp đảng viên mới',
  target: 'trên 150 đảng viên',
  actual: 169,
  baseline: 48,
  baselineLabel: 'năm 2020',
};

function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'huong-khe-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: [admissions],
    ...overrides,
  };
}

describe('parsePlan', () => {
  it('has the documented types', () => {
    expectTypeOf(parsePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlan(doc())).toEqualTypeOf<Plan>();
    expectTypeOf<Plan['items'][number]['actual']>().toEqualTypeOf<Decimal | undefined>();
  });
});
