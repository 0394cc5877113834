/**
 * Every `@example` in the JSDoc of src/ is executed here, so the API docs never lie.
 *
 * An example block runs with every export of every entry point (`chitieu`, `chitieu/ntm`,
 * `chitieu/party`, `chitieu/claims`, `chitieu/schemas`) in scope. A statement followed by a
 * `//=> literal` line must produce that literal (after a JSON round trip, so Decimals are
 * compared as strings; object literals match a subset of fields). A statement followed by
 * `// throws ChitieuError <code>` must throw that error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as chitieu from '../../src/index.js';
import { allExports } from '../support/all-exports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const srcDir = join(root, 'src');

interface ExampleBlock {
  readonly file: string;
  readonly symbol: string;
  readonly line: number;
  readonly code: string;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Pull each ```ts fence out of the @example tags of every JSDoc comment. */
function extractExamples(file: string): ExampleBlock[] {
  const text = readFileSync(file, 'utf8');
  const blocks: ExampleBlock[] = [];
  const commentRe = /\/\*\*([\s\S]*?)\*\//g;
  for (let m = commentRe.exec(text); m !== null; m = commentRe.exec(text)) {
    const body = m[1] ?? '';
    if (!body.includes('@example')) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const symbol =
      /(?:function|const|class|type|interface)\s+([A-Za-z0-9_$]+)/.exec(after)?.[1] ?? '?';
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const startLine = text.slice(0, m.index).split('\n').length;
    let inExample = false;
    let fence: string[] | null = null;
    let fenceLine = 0;
    lines.forEach((line, i) => {
      if (line.startsWith('@')) inExample = line.startsWith('@example');
      if (!inExample) return;
      if (fence === null && /^```(ts|typescript)\s*$/.test(line.trim())) {
        fence = [];
        fenceLine = startLine + i;
      } else if (fence !== null && line.trim() === '```') {
        blocks.push({
          file: relative(root, file),
          symbol,
          line: fenceLine,
          code: fence.join('\n'),
        });
        fence = null;
      } else if (fence !== null) {
        fence.push(line);
      }
    });
  }
  return blocks;
}

type Expectation = { kind: 'value'; literal: string } | { kind: 'throws'; code: string | null };

function expectationAfter(between: string): Expectation | null {
  for (const raw of between.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('//=>')) return { kind: 'value', literal: line.slice(4).trim() };
    const thrown = /^\/\/\s*throws\b(?:\s+ChitieuError)?:?\s*([a-z]+(?:-[a-z]+)*)?/.exec(line);
    if (thrown) return { kind: 'throws', code: thrown[1] ?? null };
    if (!line.startsWith('//')) return null;
  }
  return null;
}

/** Rewrite a block so each annotated statement is checked, then compile it to JS. */
function compile(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const statements = source.statements;
  let out = '';
  statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) return;
    const next = statements[index + 1];
    const between = code.slice(statement.end, next ? next.getStart(source) : code.length);
    const expectation = expectationAfter(between);
    const text = statement.getText(source);
    if (expectation === null) {
      out += `${text}\n`;
    } else if (expectation.kind === 'value') {
      if (!ts.isExpressionStatement(statement)) {
        throw new Error(`//=> must follow an expression statement: ${text}`);
      }
      const expr = statement.expression.getText(source);
      out += `__check(() => (${expr}), () => (${expectation.literal}), ${JSON.stringify(expr)});\n`;
    } else {
      out += `__throws(() => { ${text} }, ${JSON.stringify(expectation.code)}, ${JSON.stringify(text)});\n`;
    }
  });
  return ts.transpileModule(out, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

function normalise(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function check(actual: () => unknown, expected: () => unknown, label: string): void {
  const value = normalise(actual());
  const wanted = expected();
  if (wanted !== null && typeof wanted === 'object' && !Array.isArray(wanted)) {
    expect(value, label).toMatchObject(wanted as Record<string, unknown>);
  } else {
    expect(value, label).toEqual(wanted);
  }
}

function throws(run: () => unknown, code: string | null, label: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${label} should throw`).toBeInstanceOf(chitieu.ChitieuError);
  if (code !== null) expect((caught as chitieu.ChitieuError).code, label).toBe(code);
}

const scope: Record<string, unknown> = {
  ...allExports,
  z,
  __check: check,
  __throws: throws,
};
const names = Object.keys(scope);
const examples = listSources(srcDir).flatMap(extractExamples);

describe('JSDoc @example blocks are true', () => {
  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} ${example.symbol}`, () => {
      const js = compile(example.code);
      const run = new Function(...names, js) as (...args: unknown[]) => unknown;
      run(...names.map((n) => scope[n]));
    });
  }
});

describe('every public function has an @example', () => {
  it('each exported function of every entry point is documented with an example', () => {
    const documented = new Set(examples.map((e) => e.symbol));
    const missing = Object.entries(allExports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !['ChitieuError', 'Decimal'].includes(name) && !documented.has(name));
    expect(missing).toEqual([]);
  });
});
