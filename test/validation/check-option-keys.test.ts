/**
 * Misspelled options (issue 19): every options object of every public function refuses a
 * key it does not know, with `invalid-argument` at `['options', key]` and the nearest known
 * option. The functions and their options are read from the types of the entry points, so a
 * new function with options is covered without editing this file.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chitieu from 'chitieu';
import * as claims from 'chitieu/claims';
import * as ntm from 'chitieu/ntm';
import * as party from 'chitieu/party';
import * as schemas from 'chitieu/schemas';
import * as tables from 'chitieu/tables';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import {
  checkOptionKeys,
  editDistance,
  nearestOption,
} from '../../src/validation/check-option-keys.js';
import { firstArgs, restArgs } from '../bad-inputs/hostile.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const exportsByName: Record<string, unknown> = {
  ...chitieu,
  ...claims,
  ...ntm,
  ...party,
  ...schemas,
  ...tables,
};

/** Every exported function with a parameter named `options` (or `opts`), and its keys. */
function functionsWithOptions(): Map<string, { param: string; keys: string[] }> {
  const files = [
    'src/index.ts',
    'src/claims.ts',
    'src/ntm.ts',
    'src/party.ts',
    'src/schemas.ts',
    'src/tables.ts',
  ].map((f) => resolve(root, f));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const found = new Map<string, { param: string; keys: string[] }>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!symbol.declarations?.some(ts.isFunctionDeclaration)) continue;
      for (const signature of checker.getTypeOfSymbol(symbol).getCallSignatures()) {
        for (const parameter of signature.parameters) {
          if (parameter.name !== 'options' && parameter.name !== 'opts') continue;
          const type = checker.getNonNullableType(checker.getTypeOfSymbol(parameter));
          const keys = new Set<string>();
          for (const member of type.isUnion() ? type.types : [type]) {
            if (member.flags & ts.TypeFlags.StringLike) continue; // ratingFromScore's scheme name
            for (const property of checker.getPropertiesOfType(member)) keys.add(property.name);
          }
          found.set(exported.name, { param: parameter.name, keys: [...keys].sort() });
        }
      }
    }
  }
  return found;
}

const table = [...functionsWithOptions()].sort(([a], [b]) => a.localeCompare(b));

const REPORT = 'Kết nạp 169 đảng viên, đạt 112,6% kế hoạch năm.';
const TABLE = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2023', 'Ước TH 2023'],
  ['1', 'Kết nạp đảng viên', 'đảng viên', 'trên 150', '169'],
];

/** Plausible first arguments the sweep does not need (it puts hostile values first). */
const moreFirstArgs: Readonly<Record<string, () => unknown>> = {
  parseViNumber: () => '3.365',
  parseTargets: () => 'GRDP tăng 16%, trong đó: nông nghiệp tăng 6%',
  readReport: () => REPORT,
  auditReport: () => REPORT,
  describeFindings: () => claims.auditReport(REPORT).findings,
  readPlanTable: () => TABLE,
  evaluatePlanTable: () => TABLE,
};

/** Call `name` with plausible arguments and `options` last. */
function call(name: string, options: unknown): unknown {
  const fn = exportsByName[name] as (...args: unknown[]) => unknown;
  const first = firstArgs[name] ?? moreFirstArgs[name];
  if (first === undefined) throw new Error(`no plausible first argument for ${name}`);
  return fn(first(), ...(restArgs[name]?.() ?? []), options);
}

function caught(run: () => unknown): ChitieuError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ChitieuError) return error;
    throw error;
  }
  return undefined;
}

describe('editDistance and nearestOption', () => {
  it('count insertions, deletions, substitutions and swaps, without case', () => {
    expect(editDistance('decimal', 'decimals')).toBe(1);
    expect(editDistance('strictnes', 'strictness')).toBe(1);
    expect(editDistance('rounidng', 'rounding')).toBe(1);
    expect(editDistance('Decimals', 'decimals')).toBe(0);
    expect(editDistance('', 'unit')).toBe(4);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is a distance: zero on itself, symmetric, at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('suggests only a near option', () => {
    expect(nearestOption('decimal', ['decimals', 'rounding'])).toBe('decimals');
    expect(nearestOption('strictnes', ['baseline', 'strictness'])).toBe('strictness');
    expect(nearestOption('colour', ['decimals', 'rounding'])).toBeNull();
    expect(nearestOption('x', ['unit'])).toBeNull();
  });

  it('leaves what is not an object to the function, and takes every known key', () => {
    for (const value of [undefined, null, 5, 'x']) {
      expect(() => checkOptionKeys(value, ['a'])).not.toThrow();
    }
    expect(() => checkOptionKeys({ a: 1, b: undefined }, ['a', 'b'])).not.toThrow();
  });
});

describe('issue 19: misspelled options are refused, not ignored', () => {
  it('formatViNumber(1.256, { decimal: 2 })', () => {
    const e = caught(() => chitieu.formatViNumber(1.256, { decimal: 2 } as never));
    expect(e?.code).toBe('invalid-argument');
    expect(e?.path).toEqual(['options', 'decimal']);
    expect(e?.message).toBe(
      "[chitieu] Invalid argument at options.decimal: unknown option 'decimal' (did you mean 'decimals'?); expected one of the options 'decimals', 'fixed', 'grouping', 'rounding'",
    );
    expect(e?.details.suggestion).toBe('decimals');
  });

  it("evaluate(150, t, { strictnes: 'literal' })", () => {
    const t = chitieu.parseTarget('trên 150 đảng viên').target;
    const e = caught(() => chitieu.evaluate(150, t, { strictnes: 'literal' } as never));
    expect(e?.code).toBe('invalid-argument');
    expect(e?.path).toEqual(['options', 'strictnes']);
    expect(e?.message).toContain("did you mean 'strictness'?");
  });
});

describe('every exported function that takes options', () => {
  it('finds them all', () => {
    const names = table.map(([name]) => name);
    expect(names.length).toBeGreaterThanOrEqual(35);
    expect(names).toEqual(
      expect.arrayContaining([
        'formatViNumber',
        'evaluate',
        'describePlanReport',
        'rollupCommunes',
      ]),
    );
  });

  it.each(table)(
    '%s refuses a misspelled option and names the nearest',
    (name, { param, keys }) => {
      for (const key of keys) {
        const typo = key.length > 3 ? key.slice(0, -1) : `${key}x`;
        if (keys.includes(typo)) continue;
        const e = caught(() => call(name, { [typo]: 1 }));
        expect(e?.code, `${name} { ${typo} }`).toBe('invalid-argument');
        expect(e?.path, `${name} { ${typo} }`).toEqual([param, typo]);
        expect(e?.message).toContain(`did you mean '${nearestOption(typo, keys)}'?`);
        expect(keys).toContain(e?.details.suggestion);
      }
      const far = caught(() => call(name, { zzzzzzzzzz: 1 }));
      expect(far?.path).toEqual([param, 'zzzzzzzzzz']);
      expect(far?.message).not.toContain('did you mean');
    },
  );

  it.each(table)('%s knows every option of its type', (name, { keys }) => {
    for (const key of keys) {
      const e = caught(() => call(name, { [key]: undefined }));
      expect(e?.message ?? '', `${name} { ${key} }`).not.toContain('unknown option');
    }
  });
});
