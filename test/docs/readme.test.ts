import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('README', () => {
  const readme = read('README.md');

  it('opens with the two commands a newcomer runs on a fresh machine', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(readme.indexOf('```sh')).toBeLessThan(40);
    expect(firstBlock).toContain('npm ci && npm run examples');
    expect(firstBlock).toContain('npm test');
  });

  it('shows a quick start identical to examples/quick-start.mjs, which npm test runs with node', () => {
    const quickStart = read('examples/quick-start.mjs').trim();
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());
    expect(blocks).toContain(quickStart);
    expect(quickStart.split('\n').length).toBeLessThanOrEqual(10);
  });

  it('has no TypeScript-only syntax in its JavaScript blocks (they are pasted into .mjs files)', () => {
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).not.toMatch(
        /[\w)\]]!(?!=)|\bas \w|: (string|number|boolean)\b|\binterface\b|import type/,
      );
    }
  });

  it('says how to install from a clone before the package is on the registry', () => {
    expect(readme).toMatch(/npm pack/);
    expect(readme).toMatch(/npm install \S*chitieu-\d+\.\d+\.\d+\.tgz/);
  });

  it('gives the expected duration of npm test', () => {
    expect(readme).toMatch(/`npm test` takes about [^.]+ minutes? on 2 cores/);
  });

  it('links only to guides that exist', () => {
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)]+\.md)\)/g)) {
      expect(() => read(link ?? ''), link).not.toThrow();
    }
  });

  it('the CI script installs from scratch and runs the README test command', () => {
    const ci = read('.ci/run');
    expect(ci).toContain('npm ci');
    expect(ci).toContain('npm test');
  });
});
