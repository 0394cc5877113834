import { describe, it } from 'vitest';
import { attainmentCases } from './cases/attainment.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: attainment', () => {
  it.each(attainmentCases)('$name', (c) => runCase(c));
});
