// Real calls of `chitieu/party`, run in Node and in headless Chromium by scripts/test-browser.mjs.
import {
  describeAdmissions,
  describeRatingShares,
  evaluateAdmissions,
  probationEndDate,
  ratingShares,
  starFromScore,
} from 'chitieu/party';

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const counts = { excellent: 2, good: 10, completed: 3, 'not-completed': 1 };
  return {
    describeAdmissions: describeAdmissions(
      evaluateAdmissions({ admitted: 169, plan: 'trên 150', previous: 48 }),
    ),
    describeRatingShares: describeRatingShares(ratingShares(counts), { decimals: 1 }),
    probationEndDate: probationEndDate('2021-03-15'),
    starFromScore: starFromScore(75),
  };
}
