import type { Indicator } from '../indicator/indicator-schema.js';
import type { Direction, Measure } from '../indicator/measure-schema.js';
import type { Decimal } from '../numeric/decimal.js';
import type { PlanGroup } from '../plan/plan-group.js';
import type { Plan } from '../plan/plan-schema.js';
import type { Target } from '../targets/target-schema.js';
import type { ColumnRole } from './columns.js';
import type { TableHeader } from './find-header.js';
import type { PrintedVerdict, ResultCell, TargetCell } from './read-cells.js';
import type { DirectionSource } from './row-indicator.js';
import type { RowLevel } from './row-label.js';

/**
 * A cell {@link readPlanTable} could not read: its `row` and `column` in the input, the
 * `role` of its column, its `text` and the `reason`.
 *
 * @category Plans
 */
export interface UnreadableCell {
  readonly row: number;
  readonly column: number;
  readonly role: ColumnRole;
  readonly text: string;
  readonly reason: string;
}

/**
 * What a row of a plan table is: `item` (an indicator with figures or a verdict), `heading`
 * (a section or a name with no figure: "I. CHỈ TIÊU KINH TẾ"), `parts` ("Trong đó:"; the
 * rows after it are parts of the row before), `empty` (no text at all).
 *
 * @category Plans
 */
export type PlanTableRowKind = 'item' | 'heading' | 'parts' | 'empty';

/**
 * One row of the input after the header, read. Every such row is here, in input order.
 *
 * - `index`: the row's index in the input array; `kind`, `marker`, `level`, `label`;
 * - `parent`: the index of the row it is part of (the nearest row above of a lower level),
 *   `section`: the index of its section heading, `group`: the {@link PlanGroup} that heading
 *   names, each or null;
 * - `unit` and `unitFrom` (`column` ĐVT, `name` "(USD)", `cell` "95%"), `measure`;
 * - `cells`: the text of each role's cell as printed;
 * - `plan`, `result`: the {@link TargetCell} and {@link ResultCell}, or null (blank or
 *   unreadable: see {@link PlanTable.unreadable}); `previous`: last year's figure;
 * - `target`: the target evaluated (the plan cell's, a growth rate's "tăng 7%" read as the
 *   level 7), or null; `direction`, `directionFrom`; `catalogue`: the catalogue indicator
 *   the name names, or null;
 * - `printedPercent` (`{ value, text }`), `printedVerdict` and its `verdictText`;
 * - `itemId`: the id of its item in {@link PlanTable.plan}, or null; `warnings`.
 *
 * @category Plans
 */
export interface PlanTableRow {
  readonly index: number;
  readonly kind: PlanTableRowKind;
  readonly marker: string | null;
  readonly level: RowLevel;
  readonly label: string;
  readonly parent: number | null;
  readonly section: number | null;
  readonly group: PlanGroup | null;
  readonly unit: string | null;
  readonly unitFrom: 'column' | 'name' | 'cell' | null;
  readonly measure: Measure | null;
  readonly cells: Readonly<Partial<Record<ColumnRole, string>>>;
  readonly plan: TargetCell | null;
  readonly result: ResultCell | null;
  readonly previous: Decimal | null;
  readonly target: Target | null;
  readonly direction: Direction;
  readonly directionFrom: DirectionSource;
  readonly catalogue: Indicator | null;
  readonly printedPercent: { readonly value: Decimal; readonly text: string } | null;
  readonly printedVerdict: PrintedVerdict | null;
  readonly verdictText: string | null;
  readonly itemId: string | null;
  readonly warnings: readonly string[];
}

/**
 * What {@link readPlanTable} returns: the `header` found, the `plan` in the form `parsePlan`
 * (chitieu/schemas) gives (one item per `item` row), every row after the header (`rows`),
 * and every cell it could not read (`unreadable`).
 *
 * @category Plans
 */
export interface PlanTable {
  readonly header: TableHeader;
  readonly plan: Plan;
  readonly rows: readonly PlanTableRow[];
  readonly unreadable: readonly UnreadableCell[];
}
