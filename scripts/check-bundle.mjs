#!/usr/bin/env node
// Tree-shaking check: an app that imports only the core functions must not ship the NTM
// criteria data, the party rules or the zod schemas of modules it does not use.
import { build } from 'esbuild';

const ntmData = ['Quy hoạch', 'QĐ-TTg', 'ntm-commune-2016', 'Nghèo đa chiều'];
const partyData = ['Hoàn thành xuất sắc', 'vững mạnh toàn diện'];
const cases = [
  {
    name: '{ formatViNumber, parseViNumber }',
    code: "export { formatViNumber, parseViNumber } from './dist/index.js';",
    mustNotContain: ['zod', ...ntmData, ...partyData],
  },
  {
    name: '{ evaluate }',
    code: "export { evaluate } from './dist/index.js';",
    mustNotContain: ['zod', ...ntmData, ...partyData],
  },
  {
    name: '{ evaluate, parseTarget, formatViPercent }',
    code: "export { evaluate, parseTarget, formatViPercent } from './dist/index.js';",
    mustNotContain: ['zod', ...ntmData, ...partyData],
  },
  {
    name: '{ describeScorecard, scorecard }',
    code: "export { describeScorecard, scorecard } from './dist/index.js';",
    mustNotContain: ntmData,
  },
];

let failed = 0;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
  });
  const text = result.outputFiles[0].text;
  const found = c.mustNotContain.filter((s) => text.includes(s));
  if (found.length > 0) {
    failed++;
    console.error(`✗ ${c.name} pulls in ${found.join(', ')} (${text.length} bytes minified)`);
  } else {
    console.log(
      `✓ ${c.name}: ${text.length} bytes minified, none of ${c.mustNotContain.join(', ')}`,
    );
  }
}
process.exit(failed === 0 ? 0 : 1);
