import { auditReport } from '../claims/audit-report.js';
import { describeFindings } from '../claims/describe-findings.js';
import type { Finding, ReportAudit } from '../claims/finding.js';
import { ChitieuError } from '../errors.js';

/** What the command line reads and writes; main.ts gives it the process's own. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  readonly readStdin: () => Promise<string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const HELP = `chitieu — check the figures of a Vietnamese report

Usage:
  chitieu audit <report.txt>      read a report and check every figure claim
  chitieu audit -                 read the report from standard input
  chitieu --help                  this help

Options:
  --json          print the whole result as JSON
  --lang vi|en    the language of the table (en unless given)
  --all           list consistent findings too (the table shows inconsistent and unchecked only)

Exit codes: 0 nothing inconsistent, 1 something inconsistent, 2 bad input.
`;

interface Args {
  readonly command: string | null;
  readonly file: string | null;
  readonly json: boolean;
  readonly all: boolean;
  readonly lang: 'vi' | 'en';
  readonly help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let command: string | null = null;
  let file: string | null = null;
  let json = false;
  let all = false;
  let help = false;
  let lang: 'vi' | 'en' = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--json') json = true;
    else if (a === '--all') all = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'vi' && v !== 'en')
        throw new UsageError(`--lang takes vi or en, not ${v ?? 'nothing'}`);
      lang = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (command === null) command = a;
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  return { command, file, json, all, lang, help };
}

const VERDICTS = {
  en: { consistent: 'consistent', inconsistent: 'INCONSISTENT', unchecked: 'unchecked' },
  vi: { consistent: 'khớp', inconsistent: 'KHÔNG KHỚP', unchecked: 'chưa kiểm' },
} as const;

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length <= width ? flat : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** The findings as a table: verdict, quote, arithmetic, then each explanation. */
export function table(audit: ReportAudit, lang: 'vi' | 'en', all: boolean): string {
  const shown: Finding[] = audit.findings.filter((f) => all || f.verdict !== 'consistent');
  const sentences = describeFindings(shown, { lang });
  const head =
    lang === 'vi' ? ['Kết luận', 'Trích dẫn', 'Phép tính'] : ['Verdict', 'Quote', 'Arithmetic'];
  const lines = [`${pad(head[0] as string, 13)} ${pad(head[1] as string, 50)} ${head[2]}`];
  shown.forEach((f, i) => {
    lines.push(
      `${pad(VERDICTS[lang][f.verdict], 13)} ${pad(cut(f.quote, 50), 50)} ${f.arithmetic}`,
    );
    lines.push(`${' '.repeat(14)}${sentences[i]}`);
  });
  const s = audit.summary;
  lines.push(
    lang === 'vi'
      ? `${s.claims} khẳng định số liệu, ${s.findings} kết luận: ${s.consistent} khớp, ${s.inconsistent} không khớp, ${s.unchecked} chưa kiểm được.`
      : `${s.claims} claims, ${s.findings} findings: ${s.consistent} consistent, ${s.inconsistent} inconsistent, ${s.unchecked} unchecked.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Run the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`chitieu: ${error.message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    io.out(HELP);
    return 0;
  }
  if (args.command !== 'audit' || args.file === null) {
    io.err(
      `chitieu: ${args.command === null ? 'no command' : args.command !== 'audit' ? `unknown command ${args.command}` : 'no report file (give a path or -)'}\n\n${HELP}`,
    );
    return 2;
  }
  let text: string;
  try {
    text = args.file === '-' ? await io.readStdin() : await io.readFile(args.file);
  } catch (error) {
    io.err(`chitieu: cannot read ${args.file}: ${(error as Error).message}\n`);
    return 2;
  }
  let audit: ReportAudit;
  try {
    audit = auditReport(text);
  } catch (error) {
    if (!(error instanceof ChitieuError)) throw error;
    io.err(`chitieu: ${error.message}\n`);
    return 2;
  }
  io.out(args.json ? `${JSON.stringify(audit, null, 2)}\n` : table(audit, args.lang, args.all));
  return audit.summary.inconsistent > 0 ? 1 : 0;
}
