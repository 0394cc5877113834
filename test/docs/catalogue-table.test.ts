/**
 * The table of the indicator catalogue appears three times — in the JSDoc of `indicators`
 * (the API docs), in the English targets guide and in the Vietnamese one — and each copy is
 * compared here with the catalogue itself, so none can drift. On a failure, the expected
 * table is in the diff: paste it between the markers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/indicator/catalogue.js';
import type { Indicator } from '../../src/indicator/indicator-schema.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The catalogue as a Markdown table, one row per indicator, in catalogue order. */
function catalogueTable(header: readonly string[]): string {
  const rows = Object.entries<Indicator>(indicators).map(([key, i]) =>
    [
      `\`${i.id}\``,
      `\`${key}\``,
      i.name,
      i.unit ?? '—',
      `\`${i.measure}\``,
      `\`${i.direction}\``,
    ].join(' | '),
  );
  return [header.join(' | '), header.map(() => '---').join(' | '), ...rows]
    .map((row) => `| ${row} |`)
    .join('\n');
}

const english = ['id', 'key', 'name', 'unit', 'measure', 'direction'];
const vietnamese = ['mã (id)', 'khóa (key)', 'tên chỉ tiêu', 'đơn vị', 'loại số đo', 'chiều tốt'];

/** The text between `<!-- catalogue:start -->` and `<!-- catalogue:end -->`. */
function between(text: string, prefix = ''): string {
  const match = /<!-- catalogue:start -->\n([\s\S]*?)\n[ *]*<!-- catalogue:end -->/.exec(text);
  expect(match, 'catalogue markers').not.toBeNull();
  return (match?.[1] ?? '')
    .split('\n')
    .map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line))
    .join('\n');
}

describe('the table of the indicator catalogue', () => {
  it('has a row for each of the 21 indicators', () => {
    expect(catalogueTable(english).split('\n')).toHaveLength(2 + 21);
  });

  it('is the catalogue in the English targets guide', () => {
    expect(between(read('docs/guides/targets.md'))).toBe(catalogueTable(english));
  });

  it('is the catalogue in the Vietnamese targets guide', () => {
    expect(between(read('docs/vi/targets.md'))).toBe(catalogueTable(vietnamese));
  });

  it('is the catalogue in the JSDoc of indicators (the API docs)', () => {
    expect(between(read('src/indicator/catalogue.ts'), ' * ')).toBe(catalogueTable(english));
  });
});
