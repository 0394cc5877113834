import { bench, describe } from 'vitest';
import { checkChange } from '../src/audit/check-change.js';
import { checkShare } from '../src/audit/check-share.js';
import { checkStatusTally } from '../src/audit/check-status-tally.js';
import { checkTally } from '../src/audit/check-tally.js';
import { inferPlan } from '../src/audit/infer-plan.js';
import { readChangePhrase } from '../src/audit/read-change-phrase.js';
import { reconcilePercent } from '../src/audit/reconcile-percent.js';
import type { TallyStatus } from '../src/audit/status-tally-check-schema.js';

const statuses: TallyStatus[] = [
  ...Array<TallyStatus>(32).fill('met'),
  ...Array<TallyStatus>(7).fill('not-met'),
];
const communes = Array.from({ length: 22 }, (_, i) => 10 + (i % 7));
const total = communes.reduce((s, n) => s + n, 0);

describe('audit', () => {
  bench('reconcilePercent("112,6%", 169, 150)', () => {
    reconcilePercent('112,6%', 169, 150);
  });
  bench('inferPlan(169, "112,6%")', () => {
    inferPlan(169, '112,6%');
  });
  bench('inferPlan(87646, "97,1%") — 140 whole plans', () => {
    inferPlan(87646, '97,1%');
  });
  bench('inferPlan(3, "0%") — unbounded, 1000 listed', () => {
    inferPlan(3, '0%');
  });
  bench('readChangePhrase("tăng 121 đảng viên so với năm 2020")', () => {
    readChangePhrase('tăng 121 đảng viên so với năm 2020');
  });
  bench('checkChange(381, 362, "tăng 19 tiêu chí so với năm 2020")', () => {
    checkChange(381, 362, 'tăng 19 tiêu chí so với năm 2020');
  });
  bench('checkTally(22 communes, total)', () => {
    checkTally(communes, total);
  });
  bench('checkStatusTally(39 statuses, "32/39")', () => {
    checkStatusTally(statuses, '32/39');
  });
  bench('checkShare(18, 20, "90%")', () => {
    checkShare(18, 20, '90%');
  });
});
