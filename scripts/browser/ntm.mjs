// Real calls of `chitieu/ntm`, run in Node and in headless Chromium by scripts/test-browser.mjs.
import { communeProgress, describeNtmRollup, getCriteriaSet, rollupCommunes } from 'chitieu/ntm';

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const a = communeProgress('ntm-commune-2022', [1, 2, 3, 4, 5]);
  const b = communeProgress('ntm-commune-2022', [1, 2, 3]);
  return {
    criteria: getCriteriaSet('ntm-commune-2022').criteria.length,
    communeProgress: [a.met, a.total, a.qualifies],
    describeNtmRollup: describeNtmRollup(rollupCommunes([a, b])),
  };
}
