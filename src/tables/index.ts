export type { ColumnRole } from './columns.js';
export { describePlanTable } from './describe-plan-table.js';
export { directionFromWords, lowerIsBetterWords } from './direction-words.js';
export {
  evaluatePlanTable,
  type PlanTableEvaluation,
  type PlanTableRowEvaluation,
  type PlanTableSummary,
  type TableStatus,
  type VerdictAgreement,
} from './evaluate-plan-table.js';
export type { TableHeader } from './find-header.js';
export type {
  PlanTable,
  PlanTableRow,
  PlanTableRowKind,
  UnreadableCell,
} from './plan-table-types.js';
export type {
  CellChange,
  PrintedVerdict,
  ResultCell,
  ResultHedge,
  TargetCell,
} from './read-cells.js';
export { readPlanTable } from './read-plan-table.js';
export type { DirectionSource } from './row-indicator.js';
export type { RowLevel } from './row-label.js';
export type {
  EvaluatePlanTableOptions,
  PlanTableColumns,
  ReadPlanTableOptions,
} from './table-options.js';
