// Evaluate every table of test/corpus/tables/ and print, over the corpus: rows read, rows and
// cells unreadable (with why), agreement of chitieu's attained / not attained with the printed
// verdicts, and each disagreement with its arithmetic.
//   npx tsx scripts/plan-table-corpus.ts
import { readdirSync, readFileSync } from 'node:fs';
import { evaluatePlanTable } from '../src/tables.js';

const dir = new URL('../test/corpus/tables/', import.meta.url);
const total = { tables: 0, rows: 0, items: 0, decided: 0, unchecked: 0, printed: 0, compared: 0 };
const tally = { agrees: 0, convention: 0, inconsistent: 0, unreadable: 0 };
const why = new Map<string, number>();
const disagreements: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const t = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const e = evaluatePlanTable(t.rows, { year: t.year, ...(t.options ?? {}) });
  total.tables++;
  total.rows += e.table.rows.length;
  total.items += e.rows.length;
  tally.unreadable += e.table.unreadable.length;
  for (const u of e.table.unreadable) {
    const key = `${u.role}: ${u.reason.replace(/\("[^"]*"\)/u, '').trim()}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  for (const r of e.rows) {
    if (r.status === 'unchecked') {
      total.unchecked++;
      const key = `unchecked: ${(r.reasons[0] ?? '').replace(/"[^"]*"/gu, '"…"')}`;
      why.set(key, (why.get(key) ?? 0) + 1);
    } else total.decided++;
    if (r.printedAttained !== null) total.printed++;
    if (r.agreement === null) continue;
    total.compared++;
    tally[r.agreement]++;
    if (r.agreement !== 'agrees') {
      disagreements.push(
        `${t.id} row ${r.index} "${r.label}": ${r.arithmetic} → ${r.status}, printed ${r.printedStatus} (${r.agreement})`,
      );
    }
  }
  console.log(
    `${t.id.padEnd(26)} ${t.level.padEnd(9)} ${t.form.padEnd(6)} items ${e.summary.rows}, decided ${e.summary.rows - e.summary.unchecked}, compared ${e.summary.compared}: agrees ${e.summary.agreements}, convention ${e.summary.conventions}, inconsistent ${e.summary.inconsistencies}; unreadable cells ${e.summary.unreadableCells}`,
  );
}
console.log(
  `\n${total.tables} tables, ${total.rows} rows after the headers, ${total.items} item rows: ${total.decided} decided, ${total.unchecked} unchecked`,
);
console.log(
  `printed verdicts: ${total.printed}; compared with the arithmetic: ${total.compared}; attained/not attained agree in ${tally.agrees + tally.convention} of ${total.compared} (${tally.convention} of them name met/exceeded otherwise); inconsistent: ${tally.inconsistent}`,
);
console.log(`unreadable cells: ${tally.unreadable}`);
console.log('\nwhy rows are unchecked or cells unreadable:');
for (const [k, n] of [...why].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${k}`);
console.log('\ndisagreements with the printed verdicts:');
for (const d of disagreements) console.log(`  ${d}`);
