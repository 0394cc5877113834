import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/claims/audit-report.js';
import { reportCorpus } from './entries.js';

describe('report corpus: published paragraphs read and audited', () => {
  it('holds at least 40 paragraphs from at least 20 provinces, each with its source', () => {
    expect(reportCorpus.length).toBeGreaterThanOrEqual(40);
    const provinces = new Set(
      reportCorpus
        .map((e) => e.locality)
        .filter((l) => !l.startsWith('Cả nước') && !l.startsWith('Cấp tỉnh')),
    );
    expect(provinces.size).toBeGreaterThanOrEqual(20);
    expect(new Set(reportCorpus.map((e) => e.id)).size).toBe(reportCorpus.length);
    for (const e of reportCorpus) expect(e.source).not.toBe('');
  });

  it.each(reportCorpus.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const audit = auditReport(entry.text);
    const { claims } = audit.reading;
    for (const want of entry.expected.claims) {
      const found = claims.some((c) => c.kind === want.kind && c.quote.includes(want.quote));
      expect(
        found,
        `claim ${want.kind} "${want.quote}" in ${JSON.stringify(claims.map((c) => [c.kind, c.quote]))}`,
      ).toBe(true);
    }
    for (const want of entry.expected.findings) {
      const f = audit.findings.find((x) => x.quote.includes(want.quote));
      expect(f?.verdict, `finding "${want.quote}": ${f?.explanation}`).toBe(want.verdict);
    }
    const alarms = audit.findings.filter((f) => f.verdict === 'inconsistent');
    for (const f of alarms) {
      const expected = entry.expected.findings.some(
        (w) => w.verdict === 'inconsistent' && f.quote.includes(w.quote),
      );
      expect(expected, `false alarm: ${f.explanation}`).toBe(true);
    }
  });
});
