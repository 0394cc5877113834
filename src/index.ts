/**
 * chitieu — planning indicators (chỉ tiêu) of Vietnamese local government: typed targets,
 * exact attainment, Vietnamese notation, periods, audits of published figures, plans and
 * reports. NTM criteria are in `chitieu/ntm`, party building and grassroots in
 * `chitieu/party`, the zod schemas in `chitieu/schemas`. This entry point loads no zod.
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
export * from './indicator/index.js';
export * from './notation/index.js';
export * from './numeric/index.js';
export * from './period/index.js';
export * from './plan/index.js';
export * from './report/index.js';
export * from './targets/index.js';
