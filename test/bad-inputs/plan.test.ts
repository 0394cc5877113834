import { describe, it } from 'vitest';
import { planCases } from './cases/plan.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: plans', () => {
  it.each(planCases)('$name', (c) => runCase(c));
});
