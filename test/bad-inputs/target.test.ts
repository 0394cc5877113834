import { describe, it } from 'vitest';
import { targetCases } from './cases/target.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: targets', () => {
  it.each(targetCases)('$name', (c) => runCase(c));
});
