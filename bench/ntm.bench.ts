/**
 * NTM rollups at national scale: 3 321 communes (the number of commune-level units after
 * 1/7/2025) × 19 criteria. Goal: a rollup in at most 20 ms.
 *
 * Run: npx vitest bench --run bench/ntm.bench.ts
 */
import { bench, describe } from 'vitest';
import { type CommuneProgress, communeProgress, mergeRollups, rollupCommunes } from '../src/ntm.js';

const COMMUNES = 3321;
const all19 = Array.from({ length: 19 }, (_, i) => i + 1);

/** A deterministic spread: about 79% of communes at 19/19, the rest missing 1–6 criteria. */
function metOf(i: number): number[] {
  if (i % 100 < 79) return all19;
  const missing = 1 + (i % 6);
  return all19.filter((n) => (n * 7 + i) % 19 >= missing);
}

const inputs = Array.from({ length: COMMUNES }, (_, i) => metOf(i));
const tiers = (i: number) => (i % 100 < 34 ? 'advanced' : i % 100 < 44 ? 'model' : undefined);
const progresses: CommuneProgress[] = inputs.map((met, i) => {
  const tier = met.length === 19 ? tiers(i) : undefined;
  return communeProgress('ntm-commune-2022', met, tier === undefined ? {} : { tier });
});
const previous = rollupCommunes(progresses.slice(0, COMMUNES - 50));
const halves = [
  rollupCommunes(progresses.slice(0, COMMUNES / 3)),
  rollupCommunes(progresses.slice(COMMUNES / 3)),
];

describe(`NTM, ${COMMUNES} communes × 19 criteria`, () => {
  bench('rollupCommunes', () => {
    rollupCommunes(progresses);
  });

  bench('rollupCommunes with a previous rollup (change)', () => {
    rollupCommunes(progresses, { previous });
  });

  bench('communeProgress for every commune (from criterion numbers)', () => {
    for (const met of inputs) communeProgress('ntm-commune-2022', met);
  });

  bench('mergeRollups of two parts', () => {
    mergeRollups(halves);
  });
});
