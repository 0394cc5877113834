import { describe, it } from 'vitest';
import { reportCases } from './cases/report.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: report', () => {
  it.each(reportCases)('$name', (c) => runCase(c));
});
