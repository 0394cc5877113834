import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import {
  ChitieuError,
  type ChitieuErrorCode,
  describeValue,
  type ErrorPath,
  errorHeadings,
  formatPath,
  type ValidationIssue,
} from '../errors.js';

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly note?: string;
  readonly errors?: readonly (readonly RawIssue[])[];
}

function received(issue: RawIssue): string {
  return issue.input === undefined
    ? '; received nothing (the field is missing)'
    : `; received ${describeValue(issue.input)}`;
}

/** Put one zod issue in chitieu's words: what was expected and what was found. */
function translateIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : (issue.expected ?? 'another type')}${received(issue)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}${received(issue)}`;
    case 'invalid_union':
      if (issue.note === 'No matching discriminator') {
        // zod raises this issue only for an object, whose discriminator it read as we do here
        const input = issue.input as Readonly<Record<string, unknown>> | undefined;
        const key = (issue as { discriminator?: string }).discriminator ?? '';
        const value = input?.[key];
        return `expected one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}${
          value === undefined
            ? '; received nothing (the field is missing)'
            : `; received ${describeValue(value)}`
        }`;
      }
      return `expected a value matching one of the allowed shapes${received(issue)}`;
    case 'unrecognized_keys':
      return `unexpected field(s) ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `expected at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}${received(issue)}`
        : `expected a value ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}${received(issue)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `expected at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}${received(issue)}`
        : `expected a value ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}${received(issue)}`;
    case 'invalid_format':
      return `expected a string in the right format${received(issue)}`;
    default: {
      const text = issue.message.startsWith('expected')
        ? issue.message
        : `expected ${issue.message}`;
      return `${text}${received(issue)}`;
    }
  }
}

function toPath(base: ErrorPath, path: readonly PropertyKey[]): ErrorPath {
  return [...base, ...path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
}

/**
 * @internal Validate `input` against a schema; on failure throw one {@link ChitieuError}
 * listing every problem (`details.issues`), with `path` set to the first bad field. Zod's
 * own error never escapes.
 */
export function parseWithSchema<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  code: ChitieuErrorCode,
  what: string,
  basePath: ErrorPath = [],
): z.output<S> {
  let result: ReturnType<typeof safeParse<S>>;
  try {
    result = safeParse(schema, input, { reportInput: true });
  } catch (error) {
    if (error instanceof ChitieuError) throw error;
    throw new ChitieuError(
      code,
      `[chitieu] ${errorHeadings[code]}: expected ${what}; the input could not be read (${
        error instanceof RangeError ? 'nested too deeply' : 'unreadable structure'
      })`,
      basePath,
      { expected: what },
    );
  }
  if (result.success) return result.data;
  const issues: ValidationIssue[] = (result.error.issues as readonly RawIssue[]).map((issue) => ({
    path: toPath(basePath, issue.path),
    message: translateIssue(issue),
  }));
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? `${formatPath(i.path)}: ` : ''}${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  throw new ChitieuError(
    code,
    `[chitieu] ${errorHeadings[code]}: expected ${what}; ${issues.length} problem${
      issues.length === 1 ? '' : 's'
    }: ${shown}${more}`,
    issues[0]?.path ?? basePath,
    { expected: what, issues },
  );
}
