/**
 * chitieu/tables — plan tables as governments publish them ("STT | Chỉ tiêu | ĐVT | KH năm |
 * Ước TH | So sánh (%) | Đánh giá"): read the rows a CSV or spreadsheet reader gives
 * ({@link readPlanTable}), evaluate every row and check the printed verdicts
 * ({@link evaluatePlanTable}), and say it in Vietnamese ({@link describePlanTable}). A separate
 * entry point, so an app that never reads a table does not ship its reader.
 *
 * @module chitieu/tables
 */

export * from './tables/index.js';
