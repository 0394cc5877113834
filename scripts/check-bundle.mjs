#!/usr/bin/env node
// Entry-point check: an app that imports `chitieu` (whole, or a few functions) must not ship
// the NTM criteria data, the party rules and messages, or zod; `chitieu/ntm` and
// `chitieu/party` must not ship each other's data. Bundles the built package (dist/) with
// esbuild, as an app's bundler would, for the browser and for Node.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ntmData = ['Quy hoạch', 'QĐ-TTg', 'ntm-commune-2016', 'Nghèo đa chiều'];
// the party's rating abbreviations and messages (the indicator catalogue names the ratings in words)
const partyData = ['HTXSNV', 'KHTNV', 'vững mạnh toàn diện', 'Đảng viên dự bị'];
// zod's own identifiers survive minification as strings in its errors and registries
const zod = ['zod', '$ZodType', 'ZodMini', 'invalid_type'];
const cases = [
  {
    name: "import * from 'chitieu' (the whole root)",
    code: "export * from 'chitieu';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "{ formatViNumber, parseViNumber } from 'chitieu'",
    code: "export { formatViNumber, parseViNumber } from 'chitieu';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "{ evaluate } from 'chitieu'",
    code: "export { evaluate } from 'chitieu';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "{ evaluate, parseTarget, formatViPercent } from 'chitieu'",
    code: "export { evaluate, parseTarget, formatViPercent } from 'chitieu';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "{ describeScorecard, scorecard } from 'chitieu'",
    code: "export { describeScorecard, scorecard } from 'chitieu';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "import * from 'chitieu/party'",
    code: "export * from 'chitieu/party';",
    mustNotContain: ntmData,
  },
  {
    name: "import * from 'chitieu/ntm'",
    code: "export * from 'chitieu/ntm';",
    mustNotContain: partyData,
  },
  {
    name: "import * from 'chitieu/tables'",
    code: "export * from 'chitieu/tables';",
    mustNotContain: [...zod, ...ntmData, ...partyData],
  },
  {
    name: "import * from 'chitieu/claims'",
    code: "export * from 'chitieu/claims';",
    mustNotContain: [...ntmData, ...partyData],
  },
];

let failed = 0;
for (const platform of ['browser', 'node']) {
  for (const c of cases) {
    const result = await build({
      stdin: { contents: c.code, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform,
      charset: 'utf8',
      logLevel: 'silent',
    });
    const text = result.outputFiles[0].text;
    const found = c.mustNotContain.filter((s) => text.includes(s));
    const size = `${(gzipSync(text).length / 1000).toFixed(1)} kB min+gz`;
    if (found.length > 0) {
      failed++;
      console.error(`✗ ${platform}: ${c.name} pulls in ${found.join(', ')} (${size})`);
    } else {
      console.log(`✓ ${platform}: ${c.name}: ${size}, none of ${c.mustNotContain.join(', ')}`);
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
