import { describe, it } from 'vitest';
import { partyCases } from './cases/party.js';
import { runCase } from './expect-chitieu-error.js';

describe('bad inputs: party building', () => {
  it.each(partyCases)('$name', (c) => runCase(c));
});
