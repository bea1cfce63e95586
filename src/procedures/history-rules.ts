// The one list of history rules that `wuye audit verify` runs (records.md
// "Git": what git alone can check, e.g. receipts or payments altered after
// the cashier's day was closed). A procedure writes its rule as a HistoryRule
// (see src/core/audit/rules.ts for the interface and an example) and adds it
// here, sorted by name. Loading this file loads only the rules.
import type { HistoryRule } from '../core/audit/rules.js';
import { closedDayRule } from './fee/history.js';

export const HISTORY_RULES: HistoryRule[] = [closedDayRule];
