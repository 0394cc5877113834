export type { ColumnRole } from './columns.js';
export { directionFromWords, lowerIsBetterWords } from './direction-words.js';
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
export type { EvaluatePlanTableOptions, ReadPlanTableOptions } from './table-options.js';
// schemas: readPlanTableOptionsSchema, evaluatePlanTableOptionsSchema
