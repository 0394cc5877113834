import type { Strictness } from '../attainment/attainment-schema.js';
import { chitieuError, type ErrorPath } from '../errors.js';
import { checkOneOf, checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { COLUMN_ROLES, type ColumnRole } from './columns.js';

/**
 * Options of {@link readPlanTable}:
 *
 * - `id`, `title`, `issuer`, `source`: the plan's (defaults: "plan-table", "Bảng chỉ tiêu
 *   năm …", "Không ghi", none);
 * - `year`: the year the table is about, when its headers name none ("Ước TH năm 2023"
 *   names 2023);
 * - `columns`: the column of a role, 0-based, where the header does not say it plainly
 *   (`{ verdict: 7 }`), or null where a column the header names holds something else
 *   (`{ percent: null }`); the rest are still found from the header.
 *
 * @category Plans
 */
export interface ReadPlanTableOptions {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly issuer?: string | undefined;
  readonly year?: number | undefined;
  readonly source?: string | undefined;
  readonly columns?: PlanTableColumns | undefined;
}

/**
 * The column (0-based) of each {@link ColumnRole}, for {@link ReadPlanTableOptions.columns}:
 * a number sets it, `null` unsets a column the header names, absent keeps what the header
 * says.
 *
 * @category Plans
 */
export type PlanTableColumns = { readonly [R in ColumnRole]?: number | null | undefined };

/**
 * Options of {@link evaluatePlanTable}: those of {@link readPlanTable}, and `strictness`
 * for a result exactly on a strict bound. Unless given, a bound printed as a symbol ("<
 * 7,6", ">2.300") is read literally (7,6 does not meet "< 7,6"), a bound in words ("dưới
 * 4", "trên 150") leniently, as {@link evaluatePlan} does.
 *
 * @category Plans
 */
export interface EvaluatePlanTableOptions extends ReadPlanTableOptions {
  readonly strictness?: Strictness | undefined;
}

const READ_KEYS: readonly string[] = ['id', 'title', 'issuer', 'year', 'source', 'columns'];
const EVALUATE_KEYS: readonly string[] = [...READ_KEYS, 'strictness'];
const STRICTNESS: readonly Strictness[] = ['lenient', 'literal'];

function refuse(expected: string, received: unknown, path: ErrorPath): never {
  throw chitieuError('invalid-argument', expected, { received, path });
}

/** Only the known keys; a misspelled one is refused at its own path. */
function checkKeys(record: object, known: readonly string[], path: ErrorPath): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) refuse(`one of the options ${known.join(', ')}`, key, [...path, key]);
  }
}

function checkText(value: unknown, max: number, empty: boolean, path: ErrorPath): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length > max || (!empty && value === '')) {
    refuse(`a string of ${empty ? 0 : 1} to ${max} characters`, value, path);
  }
}

function checkInt(value: unknown, min: number, max: number, path: ErrorPath): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(`a whole number from ${min} to ${max}`, value, path);
  }
}

function checkColumns(value: unknown, path: ErrorPath): PlanTableColumns | undefined {
  if (value === undefined) return undefined;
  const columns = checkRecord(
    value,
    'a record of columns such as { verdict: 6, percent: null }',
    path,
  );
  checkKeys(columns, COLUMN_ROLES, path);
  for (const role of COLUMN_ROLES) {
    if (columns[role] !== null) checkInt(columns[role], 0, 1000, [...path, role]);
  }
  return columns as PlanTableColumns;
}

/**
 * @internal Validate the options of {@link readPlanTable} (or, with `strictness`, of
 * {@link evaluatePlanTable}): a misspelled key or a bad value is `invalid-argument` at
 * `['options', key]`.
 */
export function checkTableOptions(
  options: unknown,
  withStrictness: boolean,
): EvaluatePlanTableOptions {
  if (options === undefined) return {};
  const path: ErrorPath = ['options'];
  const o = checkRecord(options, 'an options object or nothing', path);
  checkOptionKeys(o, withStrictness ? EVALUATE_KEYS : READ_KEYS, path);
  checkText(o.id, 200, false, ['options', 'id']);
  checkText(o.title, 2000, false, ['options', 'title']);
  checkText(o.issuer, 2000, false, ['options', 'issuer']);
  checkText(o.source, 2000, true, ['options', 'source']);
  checkInt(o.year, 1900, 2200, ['options', 'year']);
  const columns = checkColumns(o.columns, ['options', 'columns']);
  const strictness = checkOneOf(o.strictness, STRICTNESS, undefined, ['options', 'strictness']);
  return {
    ...(o as EvaluatePlanTableOptions),
    ...(columns === undefined ? {} : { columns }),
    ...(strictness === undefined ? {} : { strictness }),
  };
}
