import { describe, expect, it } from 'vitest';
import { judge, loadCorpus } from './target-corpus.js';

const corpus = loadCorpus();

describe('the corpus of published targets', () => {
  it('every entry names its source, locality and expected reading', () => {
    const ids = new Set<string>();
    for (const entry of corpus) {
      expect(entry.source, entry.id).toMatch(/^https?:\/\//);
      expect(entry.locality, entry.id).not.toBe('');
      expect(ids.has(entry.id), `duplicate id ${entry.id}`).toBe(false);
      ids.add(entry.id);
      if (entry.expected === 'refuse') expect(entry.why, entry.id).toBeTruthy();
    }
  });

  // Read or refused/flagged are both fine; a confident wrong reading is not.
  it.each(corpus.map((e) => [e.id, e] as const))('%s is never misread', (_id, entry) => {
    const verdict = judge(entry);
    expect(verdict.outcome === 'misread' ? `${entry.text} → ${verdict.reason}` : 'ok').toBe('ok');
  });
});
