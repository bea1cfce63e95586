// The fee invariants of `wuye validate` (records.md "Validation" 4; 07-fees.md): a payment's allocations
// add up to its amount, a bill is not paid more than once over, allocations name real bills, deposits are
// never refunded beyond what was taken, receipt numbers are unique and in sequence within their book and
// match a payment, a closed cashier day's entries are unchanged, the cashier of a payment was in post that day. e.g. wuye validate fees/2026
import { accountId } from './accounts.js';
import { createHash } from 'node:crypto';
import { msg } from '../../core/i18n.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { CashierDayRecord } from '../../core/types.gen.js';
import { INACTIVE_HINT, notInPost } from '../../core/validate/caselog.js';
import { defineCheck, problemAt, type Check, type CheckEnv, type Problem } from '../../core/validate/types.js';
import {
  accountSummary,
  facts,
  noteAccount,
  postAccount,
  postBook,
  postDay,
  type AccountSummary,
} from './checkindex.js';
import { balance, bookSize, numberAt, type Account, type Book } from './rules.js';

/** The unit's accounts of nearby years (a bill of last year may be paid this year). */
function neighbours(env: CheckEnv, acc: Account): Account[] {
  const out: Account[] = [];
  for (let y = acc.year - 3; y <= acc.year + 3; y++) {
    if (y === acc.year) {
      out.push(acc);
      continue;
    }
    const r = env.get<Account>('fee-account', `${y}-${acc.unit}`);
    if (r) out.push(r.data);
  }
  return out;
}

/**
 * The unit's nearby years as far as this account's checks need them, from the summaries (no account read
 * again): this account, and of each other year only its payments to and adjustments of other years' bills.
 * undefined when the whole accounts are needed (refunds of deposits or prepayment here, a bill of another
 * year here or there, an account not meeting its schema): then neighbours() as before.
 */
function nearby(env: CheckEnv, acc: Account): { all: Account[]; others: AccountSummary[] } | undefined {
  if (
    (acc.adjustments ?? []).some(
      (x) =>
        x.type === 'deposit-refund' || x.type === 'deposit-deduction' || x.type === 'refund' || x.type === 'prepayment',
    )
  )
    return undefined;
  if ((acc.bills ?? []).some((b) => !b.id.startsWith(`${acc.year}-`))) return undefined;
  const all: Account[] = [];
  const others: AccountSummary[] = [];
  for (let y = acc.year - 3; y <= acc.year + 3; y++) {
    if (y === acc.year) {
      all.push(acc);
      continue;
    }
    const s = accountSummary(env, `${y}-${acc.unit}`);
    if (s === null) continue;
    if (s === 'raw' || s.foreignBills) return undefined;
    others.push(s);
    if (s.foreign) all.push(s.foreign);
  }
  return { all, others };
}

const accountCheck = defineCheck<Account>({
  name: 'fee/account',
  kinds: ['fee-account'],
  description: msg(
    '收款分配合计等于金额、分配到存在的账单、账单不超付、押金不超退、账单编号不重复、账户与文件一致',
    'allocations add up, name real bills, no bill paid over, deposits never refunded beyond what was taken, bill ids unique, account matches its file',
  ),
  record(r, env) {
    const a = r.data;
    const out: Problem[] = [];
    if (a.id !== `${a.year}-${a.unit}`)
      out.push(
        problemAt(
          r,
          '/unit',
          'fee-unit',
          msg(
            `编号 ${a.id} 应为 年度-房屋（${a.year}-${a.unit}）`,
            `the id ${a.id} should be year-unit (${a.year}-${a.unit})`,
          ),
        ),
      );
    if (!env.exists('unit', a.unit))
      out.push(problemAt(r, '/unit', 'fee-unit-missing', msg(`没有房屋 ${a.unit}`, `no unit ${a.unit}`)));
    const seen = new Set<string>();
    (a.bills ?? []).forEach((b, i) => {
      if (seen.has(b.id))
        out.push(
          problemAt(
            r,
            `/bills/${i}/id`,
            'fee-bill-twice',
            msg(`账单 ${b.id} 重复`, `bill ${b.id} appears twice`),
            msg(
              '同一期间同一项目只出一次账；删除重复的一行（或用 wuye fee adjust 冲正）',
              'one bill per period and item; delete the repeated one (or reverse it with wuye fee adjust)',
            ),
          ),
        );
      seen.add(b.id);
      if (b.id !== `${b.period}/${b.item}`)
        out.push(
          problemAt(
            r,
            `/bills/${i}/id`,
            'fee-bill-id',
            msg(`账单编号应为 ${b.period}/${b.item}`, `the bill id should be ${b.period}/${b.item}`),
          ),
        );
      if (Number(b.period.slice(0, 4)) !== a.year)
        out.push(
          problemAt(
            r,
            `/bills/${i}/period`,
            'fee-bill-year',
            msg(
              `${b.period} 的账单不应在 ${a.year} 年的账户中`,
              `a bill of ${b.period} does not belong in the ${a.year} account`,
            ),
          ),
        );
    });
    noteAccount(env, r);
    postAccount(env, r);
    const near = nearby(env, a);
    const all = near?.all ?? neighbours(env, a);
    const own = near && new Set((a.bills ?? []).map((b) => b.id));
    const billIds = near ? undefined : new Set(all.flatMap((x) => (x.bills ?? []).map((b) => b.id)));
    const isBill = (id: string) =>
      billIds ? billIds.has(id) : own!.has(id) || near!.others.some((s) => s.billText.includes(`\n${id}\n`));
    const receipts = new Set<string>();
    (a.payments ?? []).forEach((p, i) => {
      if (receipts.has(p.receipt))
        out.push(
          problemAt(
            r,
            `/payments/${i}/receipt`,
            'fee-receipt-twice',
            msg(`收据号 ${p.receipt} 用了两次`, `receipt ${p.receipt} is used twice`),
          ),
        );
      receipts.add(p.receipt);
      const off = notInPost(env, p.cashier, p.at);
      if (off) out.push(problemAt(r, `/payments/${i}/cashier`, 'fee-cashier-inactive', off, INACTIVE_HINT));
      const sum =
        (p.allocations ?? []).reduce((s, x) => s + parseMoney(x.amount), 0) +
        (p.prepaid ? parseMoney(p.prepaid) : 0) +
        (p.deposit ? parseMoney(p.amount) : 0);
      if (sum !== parseMoney(p.amount))
        out.push(
          problemAt(
            r,
            `/payments/${i}/amount`,
            'fee-allocations',
            msg(
              `收据 ${p.receipt}：分配 ${formatMoney(sum)} 不等于金额 ${p.amount}`,
              `receipt ${p.receipt}: allocations ${formatMoney(sum)} differ from the amount ${p.amount}`,
            ),
            msg('分配（含预存）之和必须等于收款金额', 'allocations plus prepayment must equal the amount paid'),
          ),
        );
      (p.allocations ?? []).forEach((x, j) => {
        if (!isBill(x.bill))
          out.push(
            problemAt(
              r,
              `/payments/${i}/allocations/${j}/bill`,
              'fee-allocation-bill',
              msg(`分配到不存在的账单 ${x.bill}`, `allocated to a bill that does not exist: ${x.bill}`),
            ),
          );
      });
    });
    // over-payment and deposits, over every year of the unit, reported on this year's bills
    const bal = balance(all);
    for (const s of bal.bills) {
      if (s.year !== a.year || s.outstanding >= 0) continue;
      const i = (a.bills ?? []).findIndex((b) => b.id === s.bill.id);
      out.push(
        problemAt(
          r,
          `/bills/${i}/amount`,
          'fee-paid-over',
          msg(
            `账单 ${s.bill.id} 应收 ${s.bill.amount}，已付/减免 ${formatMoney(s.paid + s.adjusted)}，超付`,
            `bill ${s.bill.id} of ${s.bill.amount} is paid or reduced by ${formatMoney(s.paid + s.adjusted)}: paid over`,
          ),
          msg('多付的部分应记为预存（prepaid）', 'the excess belongs in prepaid'),
        ),
      );
    }
    for (const [item, held] of bal.deposits) {
      if (held >= 0) continue;
      const i = (a.adjustments ?? []).findIndex(
        (x) => (x.type === 'deposit-refund' || x.type === 'deposit-deduction') && x.deposit === item,
      );
      if (i >= 0)
        out.push(
          problemAt(
            r,
            `/adjustments/${i}/amount`,
            'fee-deposit-over',
            msg(
              `押金 ${item} 退还超过收取 ${formatMoney(-held)}`,
              `deposit ${item} refunded ${formatMoney(-held)} more than was taken`,
            ),
          ),
        );
    }
    if (bal.credit < 0) {
      const i = (a.adjustments ?? []).findIndex((x) => x.type === 'refund' || x.type === 'prepayment');
      if (i >= 0)
        out.push(
          problemAt(
            r,
            `/adjustments/${i}/amount`,
            'fee-credit-over',
            msg(
              `预存抵扣/退款超过预存 ${formatMoney(-bal.credit)}`,
              `prepayment used or refunded ${formatMoney(-bal.credit)} beyond what was prepaid`,
            ),
          ),
        );
    }
    return out;
  },
  // each payment's receipt is registered to this unit in its book, void in both or in neither
  settle(env) {
    const out: Problem[] = [];
    for (const x of facts(env).receiptMismatches()) {
      const { p } = x;
      const file = env.file(p.rel);
      if (!file) continue;
      if (x.problem === 'no-book')
        out.push(
          problemAt(
            file,
            `/payments/${p.index}/book`,
            'fee-book-missing',
            msg(`没有收据本 ${p.book}`, `no receipt book ${p.book}`),
          ),
        );
      else if (x.problem === 'not-registered')
        out.push(
          problemAt(
            file,
            `/payments/${p.index}/receipt`,
            'fee-receipt-book',
            msg(
              `收据 ${p.receipt} 在收据本 ${p.book} 中没有登记给 ${p.unit}`,
              `receipt ${p.receipt} is not registered to ${p.unit} in book ${p.book}`,
            ),
          ),
        );
      else if (x.problem === 'void')
        out.push(
          problemAt(
            file,
            `/payments/${p.index}`,
            'fee-receipt-void',
            msg(
              `收据 ${p.receipt} 在收据本中为「${x.status}」，在账户中${p.void ? '已' : '未'}作废`,
              `receipt ${p.receipt} is "${x.status}" in its book but ${p.void ? '' : 'not '}void in the account`,
            ),
          ),
        );
    }
    return out;
  },
});

const bookCheck = defineCheck<Book>({
  name: 'fee/receipt-book',
  kinds: ['receipt-book'],
  description: msg(
    '收据号在本内唯一、按顺序无缺号、在号段内，已用号码对应一笔收款',
    'receipt numbers unique, in sequence without gaps, within the range, each used one matching a payment',
  ),
  record(r, env) {
    const b = r.data;
    const out: Problem[] = [];
    postBook(env, r);
    if (b.from > b.to)
      out.push(problemAt(r, '/to', 'book-range', msg('终止号小于起始号', 'the last number is before the first')));
    const nums = b.numbers ?? [];
    if (nums.length > bookSize(b))
      out.push(
        problemAt(
          r,
          '/numbers',
          'book-overflow',
          msg('登记的号码多于本子的号数', 'more numbers registered than the book holds'),
        ),
      );
    nums.forEach((n, i) => {
      if (n.no !== numberAt(b, i))
        out.push(
          problemAt(
            r,
            `/numbers/${i}/no`,
            'book-sequence',
            msg(
              `第 ${i + 1} 个号码应为 ${numberAt(b, i)}，而不是 ${n.no}（号码须按顺序使用、不得重复或跳号）`,
              `number ${i + 1} should be ${numberAt(b, i)}, not ${n.no} (numbers are used in order, never twice, never skipped)`,
            ),
          ),
        );
      if (n.status === 'used') {
        if (!n.unit) {
          out.push(
            problemAt(
              r,
              `/numbers/${i}`,
              'book-used-unit',
              msg(`已用号码 ${n.no} 没有房屋`, `used number ${n.no} has no unit`),
            ),
          );
          return;
        }
      }
      if (n.status === 'void' && !n.reason)
        out.push(
          problemAt(
            r,
            `/numbers/${i}`,
            'book-void-reason',
            msg(`作废的收据 ${n.no} 没有原因`, `voided receipt ${n.no} has no reason`),
          ),
        );
    });
    if (b.checked && !b.returned)
      out.push(
        problemAt(
          r,
          '/checked',
          'book-checked',
          msg('未缴回的收据本不能核销', 'a book not returned cannot be checked'),
        ),
      );
    return out;
  },
  // each used number has its payment in the account of its unit and year
  settle(env) {
    const out: Problem[] = [];
    for (const n of facts(env).unpaidNumbers()) {
      const file = env.file(n.rel);
      if (file)
        out.push(
          problemAt(
            file,
            `/numbers/${n.index}/no`,
            'book-no-payment',
            msg(`收据 ${n.no} 在 ${n.unit} 的账户中没有收款`, `receipt ${n.no} has no payment in ${n.unit}'s account`),
          ),
        );
    }
    return out;
  },
});

const dayCheck = defineCheck<CashierDayRecord>({
  name: 'fee/closed-day',
  kinds: ['cashier-day'],
  description: msg('日结后当日的收款记录未被修改', 'the entries of a closed cashier day are unchanged'),
  record(r, env) {
    postDay(env, r);
    return [];
  },
  // dayDigest() of the day's entries, from what the accounts posted: the same JSON, entry by entry
  settle(env) {
    const f = facts(env);
    const out: Problem[] = [];
    for (const d of f.days()) {
      // the account of the year each receipt was taken (booked into the next year, it stays on the year taken)
      const units = new Map(d.units.map((u, i) => [accountId(u.year, u.unit), { json: JSON.stringify(u.unit), i }]));
      const entries = f.ofDay(new Set(units.keys()), d.cashier, d.date).map((p) => {
        const u = units.get(p.account)!;
        return { receipt: p.receipt, json: `[${u.json},${p.json}]`, order: u.i, index: p.index };
      });
      // receipt order; the same number twice: in the day's order of units, then the account's (as dayEntries)
      entries.sort((a, b) => a.receipt.localeCompare(b.receipt) || a.order - b.order || a.index - b.index);
      if (
        createHash('sha256')
          .update(`[${entries.map((e) => e.json).join(',')}]`)
          .digest('hex') === d.digest
      )
        continue;
      const file = env.file(d.rel);
      if (file)
        out.push(
          problemAt(
            file,
            '/digest',
            'fee-closed-day-changed',
            msg(
              `${d.date} ${d.cashier} 已日结，但当日的收款记录此后被修改`,
              `${d.date} was closed by ${d.cashier}, but its payment entries changed afterwards`,
            ),
            msg(
              '用 git log -p 查找修改；已日结的记录只能用冲正条目更正',
              'find the change with git log -p; a closed day is corrected only by reversing entries',
            ),
          ),
        );
    }
    return out;
  },
});

/**
 * A receipt number belongs to one payment in the whole estate (issue 17): two desks' work merged can hold one
 * number twice in two accounts, which neither account alone shows (the same number twice in one account is
 * fee-receipt-twice above).
 */
const receiptUnique = defineCheck<Account>({
  name: 'fee/receipt-unique',
  kinds: ['fee-account'],
  description: msg(
    '一个收据号只用于一笔收款（全部账户中）',
    'a receipt number is used for one payment (across all accounts)',
  ),
  unique: {
    keys: (r) => {
      const seen = new Set<string>();
      return (r.data.payments ?? []).flatMap((p, i) => {
        const key = `${p.book}/${p.receipt}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ key, pointer: `/payments/${i}/receipt`, shown: `${p.receipt}（${p.book}）` }];
      });
    },
    message: (shown, rel, others) => ({
      message: msg(
        `收据 ${shown} 也用在 ${others.join('、')}：一个收据号用了两次`,
        `receipt ${shown} is also used in ${others.join(', ')}: one receipt number used twice`,
      ),
      hint: msg(
        '收据本只归一个收款员、在一个窗口使用；查明哪一笔开错了号，用 wuye fee void 作废并重开',
        'a receipt book belongs to one cashier at one window; find which payment got the wrong number, void it (wuye fee void) and take it again',
      ),
    }),
  },
});

export const checks: readonly Check[] = [accountCheck, bookCheck, dayCheck, receiptUnique];
