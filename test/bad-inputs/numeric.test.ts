import { describe, it } from 'vitest';
import { numericCases } from './cases/numeric.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: numbers', () => {
  it.each(numericCases)('$name', (c) => runCase(c));
});
