import { COLUMN_ROLES, type ColumnRole, classifyHeader, headerYears } from './columns.js';
import { cleanCell, foldCell } from './table-text.js';

/**
 * Where a table's header is and which column holds what: `rows` (the input indices of the
 * header rows, one or two, and a row of column numbers if printed), `columns` (the input
 * column of each {@link ColumnRole}, or null), `texts` (the header text of each column,
 * two header rows joined), `year` (the year the result column names, or null).
 *
 * @category Plans
 */
export interface TableHeader {
  readonly rows: readonly number[];
  readonly columns: Readonly<Record<ColumnRole, number | null>>;
  readonly texts: readonly string[];
  readonly year: number | null;
}

/** How far down a header is looked for. */
const SEARCH_ROWS = 15;

const cellAt = (row: readonly string[] | undefined, c: number): string =>
  typeof row?.[c] === 'string' ? cleanCell(row[c] as string) : '';

/** "(1)", "A", "3=2/1": a row that numbers the columns. */
function isNumberingRow(row: readonly string[] | undefined): boolean {
  if (row === undefined) return false;
  const cells = row.map((c) => cleanCell(typeof c === 'string' ? c : '')).filter((c) => c !== '');
  return (
    cells.length >= 2 &&
    cells.every((c) => /^\(?[0-9A-Z]{1,2}\)?(?:\s*=\s*[\d()/*x:+-]+)?$/u.test(c))
  );
}

function rolesOf(row: readonly string[]): (ColumnRole | null)[] {
  return row.map((c) => classifyHeader(typeof c === 'string' ? c : ''));
}

/** A second header row: nothing in the name column, some cell a header or a year. */
function continuesHeader(row: readonly string[] | undefined, nameColumn: number): boolean {
  if (row === undefined || cellAt(row, nameColumn) !== '' || isNumberingRow(row)) return false;
  return row.some(
    (c, i) =>
      i !== nameColumn &&
      typeof c === 'string' &&
      (classifyHeader(c) !== null || headerYears(c).length > 0),
  );
}

/** Join a header of two rows, column by column; a merged top cell spans the empty ones after it. */
function joinHeader(top: readonly string[], bottom: readonly string[] | null, width: number) {
  const texts: string[] = [];
  const roles: (ColumnRole | null)[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const own = cellAt(top, c);
    const under = bottom === null ? '' : cellAt(bottom, c);
    if (own !== '') carried = own;
    const above = own !== '' ? own : under !== '' ? carried : '';
    const topRole = classifyHeader(above);
    const joined = `${above} ${under}`.trim();
    texts.push(joined);
    roles.push(
      topRole === 'percent' || topRole === 'verdict' || topRole === 'previous'
        ? topRole
        : (classifyHeader(under) ?? classifyHeader(joined) ?? topRole),
    );
  }
  return { texts, roles };
}

function latestYear(texts: readonly string[], columns: readonly number[]): number | null {
  const years = columns.flatMap((c) => headerYears(texts[c] as string));
  return years.length === 0 ? null : Math.max(...years);
}

/** Choose one column per role among the classified ones. */
function assign(texts: readonly string[], roles: readonly (ColumnRole | null)[]) {
  const of = (role: ColumnRole) => roles.flatMap((r, c) => (r === role ? [c] : []));
  const results = of('result');
  const year = latestYear(texts, results) ?? latestYear(texts, of('plan'));
  const yearOf = (c: number) => {
    const ys = headerYears(texts[c] as string);
    return ys.length === 0 ? null : Math.max(...ys);
  };
  const current = results.filter((c) => year === null || yearOf(c) === null || yearOf(c) === year);
  const result = current.length > 0 ? (current[current.length - 1] as number) : null;
  const earlier = results.filter((c) => year !== null && (yearOf(c) ?? year) < year);
  const previous = of('previous')[0] ?? earlier[earlier.length - 1] ?? null;
  const plans = of('plan').filter((c) => year === null || yearOf(c) === null || yearOf(c) === year);
  const left = plans.filter((c) => result === null || c < result);
  const plan = left[left.length - 1] ?? plans[0] ?? null;
  const percents = of('percent');
  const percent =
    percents.find((c) => !/cùng kỳ|năm trước/u.test(foldCell(texts[c] as string))) ??
    percents[0] ??
    null;
  const columns = {} as Record<ColumnRole, number | null>;
  for (const role of COLUMN_ROLES) columns[role] = of(role)[0] ?? null;
  Object.assign(columns, { result, previous, plan, percent });
  return { columns, year };
}

/**
 * @internal Find the header: the first row (of the first 15) naming an indicator column and
 * a plan or result column, joined with the row under it when that row continues it (a
 * header over two rows, merged cells left empty), and a row of column numbers skipped.
 */
export function findHeader(rows: readonly (readonly string[])[]): TableHeader | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let r = 0; r < Math.min(rows.length, SEARCH_ROWS); r++) {
    const row = rows[r] as readonly string[];
    const nameColumn = rolesOf(row).indexOf('indicator');
    if (nameColumn === -1) continue;
    const two = continuesHeader(rows[r + 1], nameColumn);
    const { texts, roles } = joinHeader(
      row,
      two ? (rows[r + 1] as readonly string[]) : null,
      width,
    );
    if (!roles.includes('plan') && !roles.includes('result')) continue;
    const used = two ? [r, r + 1] : [r];
    const next = (used[used.length - 1] as number) + 1;
    if (isNumberingRow(rows[next])) used.push(next);
    const { columns, year } = assign(texts, roles);
    return Object.freeze({
      rows: Object.freeze(used),
      columns: Object.freeze(columns),
      texts: Object.freeze(texts),
      year,
    });
  }
  return null;
}
