/**
 * Every export of every entry point of the package (`chitieu`, `chitieu/claims`,
 * `chitieu/ntm`, `chitieu/party`, `chitieu/schemas`, `chitieu/tables`), by name: what the
 * sweeps over the whole public surface iterate. An entry point added to package.json belongs
 * here too.
 */
import * as chitieu from 'chitieu';
import * as claims from 'chitieu/claims';
import * as ntm from 'chitieu/ntm';
import * as party from 'chitieu/party';
import * as schemas from 'chitieu/schemas';
import * as tables from 'chitieu/tables';

/** The source file of each entry point, relative to the package root. */
export const entrySources: readonly string[] = [
  'src/index.ts',
  'src/claims.ts',
  'src/ntm.ts',
  'src/party.ts',
  'src/schemas.ts',
  'src/tables.ts',
];

/** Every export of every entry point, by name. */
export const allExports: Readonly<Record<string, unknown>> = {
  ...chitieu,
  ...claims,
  ...ntm,
  ...party,
  ...schemas,
  ...tables,
};
