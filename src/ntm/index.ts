export { communeProgress } from './commune-progress.js';
export {
  type CommuneProgress,
  type CommuneProgressOptions,
  type CriteriaProgress,
  type CriteriaResults,
  communeProgressOptionsSchema,
  communeProgressSchema,
  criteriaResultsSchema,
} from './commune-progress-schema.js';
export {
  type CriteriaCorrespondence,
  criteriaCorrespondences,
  mapCommuneProgress,
  mapCriterion,
} from './criteria-mapping.js';
export {
  type CommuneGroup,
  type CriteriaSet,
  type CriteriaSetId,
  type Criterion,
  type CriterionIndicator,
  communeGroupSchema,
  criteriaSetIdSchema,
  criteriaSetSchema,
  criterionIndicatorSchema,
  criterionSchema,
  type DistrictCondition,
  type DistrictConditionKind,
  districtConditionKindSchema,
  districtConditionSchema,
  type NtmRegion,
  type NtmTier,
  ntmRegionSchema,
  ntmTierSchema,
} from './criteria-set-schema.js';
export { criteriaSets } from './criteria-sets.js';
export { describeDistrictProgress } from './describe-district-progress.js';
export {
  type DescribeDistrictProgressOptions,
  type DescribeNtmRollupOptions,
  describeDistrictProgressOptionsSchema,
  describeNtmRollupOptionsSchema,
} from './describe-ntm-schema.js';
export { describeNtmRollup } from './describe-rollup.js';
export { describeTownProgress } from './describe-town-progress.js';
export { districtProgress } from './district-progress.js';
export {
  type DistrictCommunes,
  type DistrictConditionResult,
  type DistrictProgress,
  districtCommunesSchema,
  districtConditionResultSchema,
  districtProgressSchema,
  type TownProgress,
  townProgressSchema,
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
export {
  type CommuneSummary,
  type CriterionTally,
  communeSummarySchema,
  criterionTallySchema,
  type NtmRollup,
  type NtmRollupChange,
  ntmRollupChangeSchema,
  ntmRollupSchema,
  type RollupOptions,
  rollupOptionsSchema,
} from './ntm-rollup-schema.js';
export { rollupCommunes } from './rollup-communes.js';
