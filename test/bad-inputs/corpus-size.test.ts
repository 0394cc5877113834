/**
 * The corpus is meant to be large and to reach every module: at least 300 cases in all,
 * none in a module's table left empty, no two cases with one name.
 */
import { describe, expect, it } from 'vitest';
import { attainmentCases } from './cases/attainment.js';
import { auditCases } from './cases/audit.js';
import { claimsCases } from './cases/claims.js';
import { grassrootsCases } from './cases/grassroots.js';
import { notationCases } from './cases/notation.js';
import { ntmCases } from './cases/ntm.js';
import { numericCases } from './cases/numeric.js';
import { partyCases } from './cases/party.js';
import { periodCases } from './cases/period.js';
import { planCases } from './cases/plan.js';
import { reportCases } from './cases/report.js';
import { targetCases } from './cases/target.js';
import type { BadInputCase } from './expect-chitieu-error.js';

const tables: Readonly<Record<string, readonly BadInputCase[]>> = {
  numeric: numericCases,
  notation: notationCases,
  period: periodCases,
  target: targetCases,
  attainment: attainmentCases,
  audit: auditCases,
  claims: claimsCases,
  plan: planCases,
  report: reportCases,
  ntm: ntmCases,
  party: partyCases,
  grassroots: grassrootsCases,
};

describe('the bad-input corpus', () => {
  it('holds at least 300 cases', () => {
    const total = Object.values(tables).reduce((sum, cases) => sum + cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
  });

  it.each(Object.entries(tables))('has at least 20 cases for %s', (_, cases) => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('names every case differently, so a failure points at one case', () => {
    const names = Object.values(tables).flatMap((cases) => cases.map((c) => c.name));
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    expect(repeated).toEqual([]);
  });

  it('gives each case an expected error or an expected value, not both', () => {
    for (const cases of Object.values(tables)) {
      for (const c of cases) expect(c.code === undefined).toBe(c.returns !== undefined);
    }
  });
});
