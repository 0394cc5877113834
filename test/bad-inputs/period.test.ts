import { describe, it } from 'vitest';
import { periodCases } from './cases/period.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: periods', () => {
  it.each(periodCases)('$name', (c) => runCase(c));
});
