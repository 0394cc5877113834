import { chitieuError } from '../errors.js';
import type { Indicator } from '../indicator/indicator-schema.js';
import type { Measure } from '../indicator/measure-schema.js';
import type { Decimal } from '../numeric/decimal.js';
import type { PlanGroup } from '../plan/plan-group.js';
import type { Plan, PlanItem } from '../plan/plan-schema.js';
import type { LevelTarget, Target } from '../targets/target-schema.js';
import { COLUMN_ROLES, type ColumnRole } from './columns.js';
import { isGrowthRateName } from './direction-words.js';
import { findHeader, type TableHeader } from './find-header.js';
import type {
  PlanTable,
  PlanTableRow,
  PlanTableRowKind,
  UnreadableCell,
} from './plan-table-types.js';
import {
  type CellProblem,
  type ResultCell,
  readPercentCell,
  readResultCell,
  readTargetCell,
  readVerdictCell,
} from './read-cells.js';
import { catalogueMatch, rowDirection, rowMeasure } from './row-indicator.js';
import { groupOfHeading, type RowLevel, readRowLabel, unitInName } from './row-label.js';
import { checkTableOptions, type ReadPlanTableOptions } from './table-options.js';
import { cleanCell, foldCell } from './table-text.js';

const MAX_ROWS = 5000;
const MAX_COLUMNS = 200;
const MAX_CELL = 2000;

/** Check the rows: an array of arrays of strings (null / undefined cells read as ""). */
function checkRows(rows: unknown): readonly (readonly string[])[] {
  if (!Array.isArray(rows) || rows.length > MAX_ROWS) {
    throw chitieuError(
      'invalid-argument',
      `an array of at most ${MAX_ROWS} rows, each an array of cell strings`,
      { received: rows, path: ['rows'] },
    );
  }
  return rows.map((row: unknown, r) => {
    if (!Array.isArray(row) || row.length > MAX_COLUMNS) {
      throw chitieuError(
        'invalid-argument',
        `a row: an array of at most ${MAX_COLUMNS} cell strings`,
        { received: row, path: ['rows', r] },
      );
    }
    return row.map((cell: unknown, c) => {
      if (cell === null || cell === undefined) return '';
      if (typeof cell !== 'string' || cell.length > MAX_CELL) {
        throw chitieuError(
          'invalid-argument',
          `a cell's text: a string of at most ${MAX_CELL} characters (convert numbers as the sheet prints them)`,
          { received: cell, path: ['rows', r, c] },
        );
      }
      return cell;
    });
  });
}

function withColumns(
  header: TableHeader | null,
  columns: ReadPlanTableOptions['columns'],
  width: number,
): TableHeader {
  const given = columns ?? {};
  for (const role of COLUMN_ROLES) {
    const c = given[role];
    if (c !== undefined && c !== null && c >= width) {
      throw chitieuError('invalid-argument', `a column inside the table (0 to ${width - 1})`, {
        received: c,
        path: ['options', 'columns', role],
      });
    }
  }
  if (header === null && given.indicator === undefined) {
    throw chitieuError(
      'invalid-argument',
      'a plan table whose header names its columns (STT, Chỉ tiêu, ĐVT, KH, TH, So sánh, Đánh giá) in its first 15 rows, or options.columns',
      { received: 'no header row found', path: ['rows'] },
    );
  }
  const found = header ?? {
    rows: [],
    columns: Object.fromEntries(COLUMN_ROLES.map((r) => [r, null])) as TableHeader['columns'],
    texts: [],
    year: null,
  };
  const merged = { ...found.columns };
  for (const role of COLUMN_ROLES) {
    const c = given[role];
    if (c !== undefined) merged[role] = c;
  }
  return { ...found, columns: Object.freeze(merged) };
}

const cellOf = (row: readonly string[], c: number | null): string =>
  c === null ? '' : (row[c] ?? '');

/** A growth rate's "tăng 7,4 - 8,4%" is the level 7,4–8,4; "giảm 2%" the level −2. */
function asGrowthLevel(target: Target, label: string): Target {
  if (target.kind !== 'change' || !isGrowthRateName(label)) return target;
  if (target.direction === 'increase') return target.by;
  const by: LevelTarget = target.by;
  switch (by.kind) {
    case 'range':
      return { kind: 'range', min: by.max.neg(), max: by.min.neg() };
    case 'at-least':
      return { kind: 'at-most', value: by.value.neg(), strict: by.strict };
    case 'at-most':
      return { kind: 'at-least', value: by.value.neg(), strict: by.strict };
    default:
      return { ...by, value: by.value.neg() };
  }
}

/** A growth rate's result "tăng 8,5%" is the level 8,5. */
function resultAsGrowthLevel(result: ResultCell | null, label: string): ResultCell | null {
  if (result?.form !== 'change' || result.change === null || !isGrowthRateName(label))
    return result;
  const value =
    result.change.direction === 'increase' ? result.value : (result.value as Decimal).neg();
  return { ...result, form: result.hedge === null ? 'figure' : 'hedged', value, change: null };
}

/** Do two units agree (either absent, or one extends the other: "tiêu chí" / "tiêu chí NTM")? */
function unitsAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const x = foldCell(a);
  const y = foldCell(b);
  return x.startsWith(y) || y.startsWith(x);
}

/** A cell whose figure names a unit other than the row's is not read ("7 tới tám"). */
function inUnit<
  T extends {
    readonly unit: string | null;
    readonly contextChange: unknown;
    readonly change?: unknown;
    readonly target?: unknown;
  },
>(cell: T | CellProblem | null, unit: string | null): T | CellProblem | null {
  if (cell === null || 'problem' in cell) return cell;
  const isChange =
    (cell.target as Target | null | undefined)?.kind === 'change' ||
    (cell.change !== null && cell.change !== undefined);
  if (cell.unit === '%' && isChange) return cell;
  return unitsAgree(cell.unit, unit)
    ? cell
    : { problem: `the figure is in "${cell.unit}", the row in "${unit}" (unit-mismatch)` };
}

interface RowState {
  section: number | null;
  group: PlanGroup | null;
  partsOf: number | null;
  stack: { index: number; level: RowLevel }[];
}

function kindOf(
  row: readonly string[],
  header: TableHeader,
  partsFollow: boolean,
  label: string,
): PlanTableRowKind {
  if (row.every((c) => cleanCell(c) === '')) return 'empty';
  if (partsFollow) return 'parts';
  const { plan, result, previous, percent, verdict } = header.columns;
  const figures = [plan, result, previous, percent, verdict].some(
    (c) => cleanCell(cellOf(row, c)) !== '',
  );
  return figures || label === '' ? 'item' : 'heading';
}

function placeRow(state: RowState, index: number, level: RowLevel): number | null {
  while (
    state.stack.length > 0 &&
    (state.stack[state.stack.length - 1] as { level: RowLevel }).level >= level
  )
    state.stack.pop();
  const parent = state.stack[state.stack.length - 1]?.index ?? null;
  state.stack.push({ index, level });
  return parent;
}

/** Read one row after the header. */
function readRow(
  rowCells: readonly string[],
  index: number,
  header: TableHeader,
  state: RowState,
  unreadable: UnreadableCell[],
): PlanTableRow {
  const col = header.columns;
  const name = readRowLabel(cellOf(rowCells, col.index), cellOf(rowCells, col.indicator));
  const kind = kindOf(rowCells, header, name.partsFollow, name.label);
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const c = col[role];
    if (c !== null && cellOf(rowCells, c) !== '') cells[role] = cellOf(rowCells, c);
  }
  let level: RowLevel = name.level ?? (state.partsOf !== null ? 2 : 1);
  if (name.level !== null && name.level <= 1) state.partsOf = null;
  if (kind === 'heading' && name.level === null)
    level = groupOfHeading(name.label) !== null ? 0 : level;
  if (kind === 'parts') state.partsOf = state.stack[state.stack.length - 1]?.index ?? null;
  const parent =
    kind === 'empty' ? null : kind === 'parts' ? state.partsOf : placeRow(state, index, level);
  if (kind === 'heading' && level === 0) {
    state.section = index;
    state.group = groupOfHeading(name.label) ?? state.group;
  } else if (kind === 'heading') {
    state.group = groupOfHeading(name.label) ?? state.group;
  }
  const unitCell = cleanCell(cellOf(rowCells, col.unit));
  const warnings: string[] = [];
  const problem = (role: ColumnRole, p: CellProblem): null => {
    unreadable.push({
      row: index,
      column: col[role] as number,
      role,
      text: cellOf(rowCells, col[role]),
      reason: p.problem,
    });
    return null;
  };
  const found = catalogueMatch(name.label);
  let unit: string | null = unitCell !== '' && unitCell !== '-' ? unitCell : unitInName(name.label);
  let unitFrom: PlanTableRow['unitFrom'] =
    unit === null ? null : unitCell !== '' && unitCell !== '-' ? 'column' : 'name';
  const measure: Measure | undefined =
    kind === 'item' ? rowMeasure(name.label, unit, found) : undefined;
  const read = <T>(role: ColumnRole, f: (text: string) => T | CellProblem | null): T | null => {
    if (kind !== 'item' || col[role] === null) return null;
    const out = f(cellOf(rowCells, col[role]));
    return out !== null && typeof out === 'object' && 'problem' in out
      ? problem(role, out)
      : (out as T | null);
  };
  const plan = read('plan', (t) => inUnit(readTargetCell(t, measure), unit));
  const result = resultAsGrowthLevel(
    read('result', (t) => inUnit(readResultCell(t, measure), unit)),
    name.label,
  );
  const prev = read('previous', (t) => readResultCell(t, measure));
  let previous: Decimal | null = null;
  if (prev !== null && prev.form === 'figure') previous = prev.value;
  else if (prev !== null)
    problem('previous', { problem: 'expected one figure for last year (TH năm trước)' });
  const printedPercent = read('percent', readPercentCell);
  const isNotes =
    col.verdict !== null && /ghi chú/u.test(foldCell(header.texts[col.verdict] ?? ''));
  const verdictCell =
    kind === 'item' && col.verdict !== null ? readVerdictCell(cellOf(rowCells, col.verdict)) : null;
  const verdict =
    verdictCell !== null && 'problem' in verdictCell
      ? isNotes
        ? null
        : problem('verdict', verdictCell)
      : verdictCell;
  if (unit === null) {
    const fromCell = plan?.unit ?? result?.unit ?? null;
    if (fromCell !== null) {
      unit = fromCell;
      unitFrom = 'cell';
    }
  }
  const target =
    plan?.target === null || plan === null ? null : asGrowthLevel(plan.target, name.label);
  const dir = rowDirection(name.label, found, target);
  if (dir.conflict !== null) warnings.push(dir.conflict);
  if (plan?.words !== null && plan !== null)
    warnings.push(
      `the plan cell has words before its figure ("${plan.words}"); read as the figure's target`,
    );
  for (const w of plan?.warnings ?? []) warnings.push(`plan cell: ${w}`);
  return {
    index,
    kind,
    marker: name.marker,
    level,
    label: name.label,
    parent,
    section: kind === 'heading' && level === 0 ? null : state.section,
    group: state.group,
    unit,
    unitFrom,
    measure: measure ?? null,
    cells: Object.freeze(cells),
    plan,
    result,
    previous,
    target,
    direction: dir.direction,
    directionFrom: dir.source,
    catalogue: found,
    printedPercent,
    printedVerdict: verdict?.verdict ?? null,
    verdictText: verdict?.text ?? null,
    itemId: kind === 'item' ? `row-${index}` : null,
    warnings: Object.freeze(warnings),
  };
}

/** Does a target have a negative figure (not for a count)? */
function hasNegative(target: Target): boolean {
  const level = target.kind === 'change' ? target.by : target;
  return level.kind === 'range' ? level.min.isNegative() : level.value.isNegative();
}

/**
 * The item of `parsePlan`'s form for an item row, built directly (the root entry point loads
 * no zod) under the rules parsePlan checks: a field that would break one for this row (a
 * change in points on a figure that is not a rate, a percent change from last year's 0, a
 * negative count) is left out and named in the item's note, so one odd row never fails the
 * table. The cells stay in the row as read.
 */
function planItem(row: PlanTableRow): PlanItem {
  const measure: Measure =
    row.measure ??
    (row.target?.kind === 'change' && row.target.basis === 'points' ? 'rate' : 'amount');
  const indicator: Indicator = Object.freeze({
    id: row.itemId as string,
    name: row.label === '' ? `Dòng ${row.index}` : row.label.slice(0, 300),
    unit: row.unit === null ? null : row.unit.slice(0, 100),
    measure,
    direction: row.direction,
  });
  const notes: string[] = [];
  const item: { -readonly [K in keyof PlanItem]: PlanItem[K] } = {
    id: row.itemId as string,
    indicator,
  };
  if (row.group !== null) item.group = row.group;
  const { target } = row;
  if (target !== null) {
    if (target.kind === 'change' && target.basis === 'points' && measure !== 'rate') {
      notes.push('target left out: a change in percentage points needs a rate');
    } else if (measure === 'count' && hasNegative(target)) {
      notes.push('target left out: a negative count');
    } else item.target = target;
  }
  if (row.plan !== null) item.targetText = row.plan.text.slice(0, 2000);
  const actual = row.result?.form === 'figure' ? row.result.value : null;
  if (actual !== null && measure === 'count' && actual.isNegative()) {
    notes.push('actual left out: a negative count');
  } else if (actual !== null) item.actual = actual;
  const { previous } = row;
  if (previous !== null && measure === 'count' && previous.isNegative()) {
    notes.push('baseline left out: a negative count');
  } else if (
    previous?.isZero() &&
    item.target?.kind === 'change' &&
    item.target.basis === 'percent'
  ) {
    notes.push("baseline left out: a change in percent from last year's 0");
  } else if (previous !== null) item.baseline = previous;
  if (row.printedVerdict !== null) item.reportedStatus = row.printedVerdict;
  if (row.result !== null && row.result.form !== 'figure') {
    notes.push(`kết quả in: "${row.result.text.slice(0, 1000)}"`);
  }
  if (notes.length > 0) item.note = notes.join('; ').slice(0, 2000);
  return Object.freeze(item);
}

/**
 * Read a plan table (biểu chỉ tiêu kế hoạch / thực hiện) as a reader gives it: rows of cell
 * strings from csv-parse, SheetJS, exceljs or an HTML table (chitieu does no file I/O).
 *
 * - The header is found by its Vietnamese names (STT/TT; Chỉ tiêu/Nội dung; ĐVT/Đơn vị
 *   tính; KH/Kế hoạch năm …; TH/Thực hiện/Ước TH …; TH năm trước/Cùng kỳ; So sánh/TH so
 *   KH/(%); Đánh giá/Ghi chú/Kết quả), also over two rows with merged (empty) cells, and
 *   a row of column numbers under it is skipped; `options.columns` overrides a column.
 * - The hierarchy is read: sections (I, II, headings in capitals), items (1, 2), sub-items
 *   (1.1, a), "- …", "+ …", the rows after "Trong đó:").
 * - The unit comes from the ĐVT column, else the name's last parentheses ("(USD)", "(%)",
 *   "(‰)", "(Tỷ đồng)"), else the figure's own unit ("95%").
 * - Cells are read as officials write them ("< 7,6", "07 - 09", "tăng 7,4 - 8,4%",
 *   "0,7% (còn 4,33%)", "575 (tăng 15%)", "trên 46,8 ha", "61-62", "-4,13%", "Xuất
 *   siêu"): see {@link TargetCell} and {@link ResultCell}.
 *
 * Every row after the header is in `rows`; every cell that could not be read is in
 * `unreadable` with its row, column, text and reason, never dropped. The `plan` has one
 * item per `item` row (id `row-<index>`), in the form `parsePlan` (chitieu/schemas) gives.
 *
 * @category Plans
 * @param rows - the table's rows, each an array of cell strings
 * @param options - see {@link ReadPlanTableOptions}
 * @returns the {@link PlanTable}
 * @throws {@link ChitieuError} `invalid-argument` for rows that are not arrays of strings,
 * a table with no header, a table with no year, or a bad option (path `['options', …]`)
 * @example
 * ```ts
 * const table = readPlanTable([
 *   ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2023', 'Ước TH năm 2023', 'Đánh giá'],
 *   ['1', 'Tốc độ tăng trưởng GRDP', '%', '7 - 7,5', '7,2', 'Đạt'],
 *   ['2', 'Tỷ lệ hộ nghèo', '%', '< 2', '1,8 (dự ước)', 'Vượt'],
 *   ['3', 'Thu ngân sách', 'Tỷ đồng', '>2.300', 'x2.400', ''],
 * ]);
 * table.plan.period;
 * //=> { kind: 'year', year: 2023 }
 * table.rows[1].target;
 * //=> { kind: 'at-most', value: '2', strict: true }
 * table.rows[1].result.estimate;
 * //=> true
 * table.unreadable[0].row;
 * //=> 3
 * table.unreadable[0].text;
 * //=> 'x2.400'
 * ```
 */
export function readPlanTable(
  rows: readonly (readonly string[])[],
  options?: ReadPlanTableOptions,
): PlanTable {
  const opts = checkTableOptions(options, false);
  const input = checkRows(rows);
  const width = Math.max(0, ...input.map((r) => r.length));
  const header = withColumns(findHeader(input), opts.columns, width);
  const year = opts.year ?? header.year;
  if (year === null) {
    throw chitieuError(
      'invalid-argument',
      'the year of the table: its headers name none ("KH năm 2023"), so give options.year',
      { received: undefined, path: ['options', 'year'] },
    );
  }
  const first = header.rows.length === 0 ? 0 : Math.max(...header.rows) + 1;
  const state: RowState = { section: null, group: null, partsOf: null, stack: [] };
  const unreadable: UnreadableCell[] = [];
  const out: PlanTableRow[] = [];
  for (let r = first; r < input.length; r++) {
    out.push(Object.freeze(readRow(input[r] as readonly string[], r, header, state, unreadable)));
  }
  const plan: Plan = Object.freeze({
    id: opts.id ?? 'plan-table',
    title: opts.title ?? `Bảng chỉ tiêu năm ${year}`,
    issuer: opts.issuer ?? 'Không ghi',
    period: Object.freeze({ kind: 'year' as const, year }),
    items: Object.freeze(out.filter((row) => row.kind === 'item').map(planItem)),
    ...(opts.source === undefined ? {} : { source: opts.source }),
  });
  return Object.freeze({
    header: Object.freeze({ ...header, year }),
    plan,
    rows: Object.freeze(out),
    unreadable: Object.freeze(unreadable),
  });
}
