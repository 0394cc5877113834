/**
 * chitieu — planning indicators (chỉ tiêu) of Vietnamese local government: typed targets,
 * exact attainment, Vietnamese notation, audits of published figures, NTM criteria and
 * party-building ratings.
 *
 * @module chitieu
 */

export * from './attainment/index.js';
export * from './audit/index.js';
export {
  ChitieuError,
  type ChitieuErrorCode,
  type ChitieuErrorDetails,
  type ErrorPath,
  errorHeadings,
  isChitieuError,
  type ValidationIssue,
} from './errors.js';
export * from './grassroots/index.js';
export * from './indicator/index.js';
export * from './notation/index.js';
export * from './ntm/index.js';
export * from './numeric/index.js';
export * from './party/index.js';
export * from './period/index.js';
export * from './plan/index.js';
export * from './report/index.js';
// tables
export * from './tables/index.js';
export * from './targets/index.js';
export * from './validation/index.js';
