/**
 * chitieu/party — party building (xây dựng Đảng: admissions, ratings, inspections, quotas)
 * and grassroots classification (phân loại cơ sở, OCOP).
 *
 * @module chitieu/party
 */

export * from './grassroots/index.js';
export * from './party/index.js';
