// The extension point of `wuye audit verify` (records.md "Git": what git alone
// can check): a procedure adds a HistoryRule — e.g. the fee procedure's
// "receipts or payments altered after the cashier's day was closed" — to the one
// list in src/procedures/history-rules.ts; `audit verify` runs every rule over
// the commits it walks (oldest first) and reports what the rules find.
//
// How to write one (src/procedures/<p>/history.ts):
//   export const closedDayRule: HistoryRule = {
//     name: 'fee/closed-day',
//     description: msg('收款日结后修改了收据或收款', 'receipts or payments altered after the day was closed'),
//     start: (h) => ({                       // once per run; keep state across commits here
//       commit(c) {                          // every commit, oldest first
//         const out: HistoryFinding[] = [];
//         for (const f of c.files) if (f.path.startsWith('fees/') && f.blob) {
//           const before = h.data(f.oldBlob); const after = h.data(f.blob);   // parsed records (or undefined)
//           ... out.push({ severity: 'error', code: 'fee/closed-day', file: f.path, message: msg('…', '…') });
//         }
//         return out;
//       },
//     }),
//   };
// and add `closedDayRule` to HISTORY_RULES in src/procedures/history-rules.ts.
import type { Msg } from '../i18n.js';
import type { CommitInfo } from './gitlog.js';

export type { CommitInfo, ChangedFile } from './gitlog.js';

/** What a rule found; `commit` is filled in by `audit verify` when the rule leaves it out. */
export interface HistoryFinding {
  severity: 'error' | 'warning';
  code: string;
  message: Msg;
  file?: string;
  commit?: string;
}

/** What a rule may ask of the history (every read is batched and cached by blob id). */
export interface HistoryContext {
  root: string;
  /** The center's time zone (wuye.yaml), for "the day" of a commit. */
  timezone: string;
  /** A blob's text (UTF-8), undefined for '' or a missing or undecodable blob. */
  text(blob: string): string | undefined;
  /** A blob parsed as a record (safe YAML), undefined if it does not parse. */
  data<T = Record<string, unknown>>(blob: string): T | undefined;
  /** A file as it was at a revision (`show('abc123', 'receipts/SJ-0003.yaml')`). */
  show<T = Record<string, unknown>>(rev: string, path: string): T | undefined;
}

export interface HistoryVisitor {
  /** Called for every commit walked, oldest first (first-parent history; a merge shows what it brought in). */
  commit(c: CommitInfo): HistoryFinding[];
  /** Called once after the last commit. */
  end?(): HistoryFinding[];
}

export interface HistoryRule {
  /** `<procedure>/<what>`, e.g. `fee/closed-day`. */
  name: string;
  description: Msg;
  start(h: HistoryContext): HistoryVisitor;
}
