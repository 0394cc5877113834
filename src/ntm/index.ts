export { communeProgress } from './commune-progress.js';
export type {
  CommuneProgress,
  CommuneProgressOptions,
  CriteriaProgress,
  CriteriaResults,
} from './commune-progress-schema.js';
export {
  type CriteriaCorrespondence,
  criteriaCorrespondences,
  mapCommuneProgress,
  mapCriterion,
} from './criteria-mapping.js';
export type {
  CommuneGroup,
  CriteriaSet,
  CriteriaSetId,
  Criterion,
  CriterionIndicator,
  DistrictCondition,
  DistrictConditionKind,
  NtmRegion,
  NtmTier,
} from './criteria-set-schema.js';
export { criteriaSets } from './criteria-sets.js';
export { describeDistrictProgress } from './describe-district-progress.js';
export type {
  DescribeDistrictProgressOptions,
  DescribeNtmRollupOptions,
} from './describe-ntm-schema.js';
export { describeNtmRollup } from './describe-rollup.js';
export { describeTownProgress } from './describe-town-progress.js';
export { districtProgress } from './district-progress.js';
export type {
  DistrictCommunes,
  DistrictConditionResult,
  DistrictProgress,
  TownProgress,
} from './district-progress-schema.js';
export { getCriteriaSet } from './get-criteria-set.js';
export { mergeRollups } from './merge-rollups.js';
export { ntmCommune2016 } from './ntm-commune-2016.js';
export { ntmCommune2022 } from './ntm-commune-2022.js';
export { ntmCommune2026 } from './ntm-commune-2026.js';
export { ntmCommuneAdvanced2022 } from './ntm-commune-advanced-2022.js';
export { ntmCommuneModel2022 } from './ntm-commune-model-2022.js';
export { ntmDistrict2016 } from './ntm-district-2016.js';
export { ntmDistrict2022 } from './ntm-district-2022.js';
export type {
  CommuneSummary,
  CriterionTally,
  NtmRollup,
  NtmRollupChange,
  RollupOptions,
} from './ntm-rollup-schema.js';
export { rollupCommunes } from './rollup-communes.js';
