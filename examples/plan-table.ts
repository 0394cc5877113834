/**
 * A plan table as governments publish it: the 2019 results of tỉnh Thừa Thiên Huế (STT | Chỉ
 * tiêu | TH 2018 | KH 2019 | Ước TH 2019 | Ghi chú), read from a CSV file with csv-parse,
 * every row evaluated and its printed verdict checked. Source: the comment lines of
 * examples/data/thua-thien-hue-2019.csv. Run: npm run examples
 */
import { readFileSync } from 'node:fs';
import { describePlanTable, evaluatePlanTable } from 'chitieu/tables';
import { parse } from 'csv-parse/sync';

const text = readFileSync(new URL('./data/thua-thien-hue-2019.csv', import.meta.url), 'utf8');
const rows: string[][] = parse(text, { comment: '#', relax_column_count: true });

const evaluation = evaluatePlanTable(rows);
const { table, rows: evaluated } = evaluation;
console.log(`Năm ${table.header.year}; cột: ${JSON.stringify(table.header.columns)}\n`);

const STATUS = { exceeded: 'vượt', met: 'đạt', 'not-met': 'không đạt', unchecked: '?' } as const;
for (const r of evaluated) {
  const read = table.rows.find((row) => row.index === r.index);
  const printed = r.printedStatus === null ? '' : ` | in: ${STATUS[r.printedStatus]}`;
  const agreement = r.agreement === null ? '' : ` → ${r.agreement}`;
  console.log(
    `${String(r.index).padStart(2)} ${r.label.slice(0, 48).padEnd(48)} KH ${(read?.cells.plan ?? '').padEnd(18)} TH ${(read?.cells.result ?? '').padEnd(18)} ${STATUS[r.status]}${printed}${agreement}`,
  );
  for (const reason of r.reasons) console.log(`     ${reason}`);
}

console.log(`\n${describePlanTable(evaluation)}`);
