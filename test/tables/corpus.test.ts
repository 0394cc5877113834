/**
 * Real plan tables (test/corpus/tables/*.json), transcribed with their source URLs: each is
 * evaluated with no row dropped, and its readings, statuses and agreement with the printed
 * verdicts are checked against what a reader of the table works out by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluatePlanTable } from '../../src/tables/evaluate-plan-table.js';
import type { ResultCell } from '../../src/tables/read-cells.js';

interface CorpusTable {
  readonly id: string;
  readonly source: string;
  readonly locality: string;
  readonly level: 'national' | 'province' | 'district';
  readonly year: number;
  readonly form: 'table' | 'list';
  readonly note: string;
  readonly options?: Record<string, unknown>;
  readonly rows: string[][];
  readonly expected: {
    readonly items: number;
    readonly headings: number;
    readonly statuses: Record<string, string>;
    readonly printed: Record<string, string | null>;
    readonly unreadable: [number, string][];
    readonly summary: Record<string, number>;
    readonly readings: Record<string, { target: unknown; result: unknown }>;
  };
}

const dir = fileURLToPath(new URL('../corpus/tables/', import.meta.url));
const tables: CorpusTable[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as CorpusTable);

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

/** A result as the corpus writes it: text, [min, max], "above 46.8", or the figure. */
function shownResult(r: ResultCell | null): unknown {
  if (r === null) return null;
  if (r.form === 'text') return r.text;
  if (r.form === 'range') return [r.value, r.max];
  return r.hedge === null ? r.value : `${r.hedge} ${r.value?.toString()}`;
}

describe('the plan-table corpus', () => {
  it('holds at least 8 real tables: national, provincial and district, each with its source', () => {
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(new Set(tables.map((t) => t.level))).toEqual(
      new Set(['national', 'province', 'district']),
    );
    for (const t of tables) expect(t.source).toMatch(/^https?:\/\/\S+$/);
  });

  for (const t of tables) {
    describe(t.id, () => {
      const e = evaluatePlanTable(t.rows, { year: t.year, ...(t.options ?? {}) });
      const first = Math.max(...e.table.header.rows) + 1;

      it('drops no row: every input row after the header is read, every item evaluated', () => {
        expect(e.table.rows.map((r) => r.index)).toEqual(
          t.rows.slice(first).map((_, i) => first + i),
        );
        expect(e.rows.length).toBe(t.expected.items);
        expect(e.summary.headings).toBe(t.expected.headings);
      });

      it('reads each target and result as the table prints it', () => {
        for (const row of e.table.rows.filter((r) => r.kind === 'item')) {
          const want = t.expected.readings[row.index];
          expect(plain(row.target), `row ${row.index}`).toEqual(want?.target);
          expect(plain(shownResult(row.result)), `row ${row.index}`).toEqual(want?.result);
        }
      });

      it('gives each row the status its figures decide', () => {
        expect(Object.fromEntries(e.rows.map((r) => [r.index, r.status]))).toEqual(
          t.expected.statuses,
        );
        for (const r of e.rows)
          if (r.status === 'unchecked') expect(r.reasons.length).toBeGreaterThan(0);
      });

      it('compares the printed verdicts with the arithmetic', () => {
        expect(
          Object.fromEntries(
            e.rows.filter((r) => r.printedAttained !== null).map((r) => [r.index, r.agreement]),
          ),
        ).toEqual(t.expected.printed);
        expect(e.summary).toMatchObject(t.expected.summary);
      });

      it('reports each cell it cannot read, with its row and column', () => {
        expect(e.table.unreadable.map((u) => [u.row, u.role])).toEqual(t.expected.unreadable);
        for (const u of e.table.unreadable) expect(t.rows[u.row]?.[u.column]).toBe(u.text);
      });
    });
  }

  it('finds the issue\'s disagreements in Thừa Thiên Huế 2019: "< 7,6" → 7,6 and "<10,4" → 10,4 marked "Đạt"', () => {
    const tth = tables.find((t) => t.id === 'thua-thien-hue-2019') as CorpusTable;
    const e = evaluatePlanTable(tth.rows, { year: tth.year });
    expect(e.rows.filter((r) => r.agreement === 'inconsistent').map((r) => r.arithmetic)).toEqual([
      '7,6 so với < 7,6',
      '10,4 so với <10,4',
    ]);
  });
});
