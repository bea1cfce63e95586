// The fee rule of `wuye audit verify` (records.md "Git"; 07-fees.md "Cashier days"): receipts or payments
// altered after the cashier's day was closed — found in git history, whoever made the change.
// e.g. wuye audit verify
import type { HistoryFinding, HistoryRule } from '../../core/audit/rules.js';
import { msg } from '../../core/i18n.js';
import type { Account, Payment } from './rules.js';

const canon = (p: Payment): string => {
  const { reprints: _r, ...rest } = p;
  return JSON.stringify(rest);
};

export const closedDayRule: HistoryRule = {
  name: 'fee/closed-day',
  description: msg('收款日结后修改了收据或收款', "receipts or payments altered after the cashier's day was closed"),
  start: (h) => {
    const closed = new Set<string>(); // `${date}-${cashier}`
    return {
      commit(c) {
        const out: HistoryFinding[] = [];
        for (const f of c.files) {
          if (f.path.startsWith('fees/') && f.path.endsWith('.yaml')) {
            const before = f.oldBlob ? h.data<Account>(f.oldBlob) : undefined;
            const after = f.blob ? h.data<Account>(f.blob) : undefined;
            const old = new Map((before?.payments ?? []).map((p) => [p.receipt, p]));
            const now = new Map((after?.payments ?? []).map((p) => [p.receipt, p]));
            for (const no of new Set([...old.keys(), ...now.keys()])) {
              const p = old.get(no) ?? now.get(no)!;
              const day = p.booked ?? p.at.slice(0, 10);
              if (!closed.has(`${day}-${p.cashier}`)) continue;
              const a = old.get(no);
              const b = now.get(no);
              if (a && b && canon(a) === canon(b)) continue;
              out.push({
                severity: 'error',
                code: 'fee/closed-day',
                file: f.path,
                message: msg(
                  `收据 ${no}（${day}，${p.cashier}）在日结后被${!a ? '补记' : !b ? '删除' : '修改'}`,
                  `receipt ${no} (${day}, ${p.cashier}) was ${!a ? 'added' : !b ? 'removed' : 'altered'} after its day was closed`,
                ),
              });
            }
          }
        }
        // days closed by this commit count from the next one on; a day the manager reopened is open until closed again
        for (const f of c.files) {
          const m = /^cashdays\/\d{4}\/(\d{4}-\d{2}-\d{2}-S\d+)\.yaml$/.exec(f.path);
          if (!m) continue;
          if (f.blob && !h.data<{ open?: boolean }>(f.blob)?.open) closed.add(m[1]);
          else closed.delete(m[1]);
        }
        return out;
      },
    };
  },
};
