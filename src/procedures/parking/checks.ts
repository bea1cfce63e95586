// The car park's domain checks (validate layer 4; manual 四.10): an invoice book's numbers are each accounted
// for at most once and within the book, a closed book has every number accounted for; a closed shift's
// difference is its cash less the cash due, and a difference is explained; a pass is paid through the
// last month of its payments, which follow one another, each receipted on the unit's fee account.
// e.g. wuye validate invoice-books
import { msg } from '../../core/i18n.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { FeeAccountRecord } from '../../core/types.gen.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { accounting, addMonths, pad, runsText, unaccounted, type Book, type Pass, type Shift } from './rules.js';

const books = defineCheck<Book>({
  name: 'parking/invoice-book',
  kinds: ['invoice-book'],
  description: msg(
    '发票号码不重复、不出本；已核销的本每个号码都有着落',
    'no number twice or outside the book; a closed book has every number accounted for',
  ),
  record(r) {
    const b = r.data;
    const out: Problem[] = [];
    const { twice, outside } = accounting(b);
    if (twice.length)
      out.push(
        problemAt(
          r,
          '/uses',
          'invoice-twice',
          msg(`号码重复登记: ${twice.map(pad).join('、')}`, `numbers recorded twice: ${twice.map(pad).join(', ')}`),
        ),
      );
    if (outside.length)
      out.push(
        problemAt(
          r,
          '/uses',
          'invoice-outside',
          msg(
            `号码不在本内: ${outside.map(pad).join('、')}`,
            `numbers outside the book: ${outside.map(pad).join(', ')}`,
          ),
        ),
      );
    if (b.state === 'closed') {
      const left = unaccounted(b);
      if (left.length)
        out.push(
          problemAt(
            r,
            '/state',
            'invoice-unaccounted',
            msg(`已核销但号码没有着落: ${runsText(left)}`, `closed, but numbers not accounted for: ${runsText(left)}`),
          ),
        );
    }
    return out;
  },
});

const signed = (s: string) => (s.startsWith('-') ? -parseMoney(s.slice(1)) : parseMoney(s));

const shifts = defineCheck<Shift>({
  name: 'parking/shift',
  kinds: ['parking-shift'],
  description: msg(
    '交班差额 = 实交现金 − 应交现金，有差额须说明',
    'a closed shift’s difference is cash less cash due, and a difference is explained',
  ),
  record(r, env) {
    const s = r.data;
    const out: Problem[] = [];
    if (s.state !== 'closed') return out;
    (s.invoices ?? []).forEach((i, k) => {
      const b = env.get<Book>('invoice-book', i.book)?.data;
      const runs = (b?.uses ?? []).filter((u) => u.shift === s.id);
      const count = runs.reduce((t, u) => t + Number(u.to) - Number(u.from) + 1, 0);
      if (!b || count !== i.count)
        out.push(
          problemAt(
            r,
            `/invoices/${k}/count`,
            'shift-invoices',
            msg(
              `发票本 ${i.book} 登记本班使用 ${count} 张，交班表写 ${i.count} 张`,
              `invoice book ${i.book} records ${count} used on this shift, the handover says ${i.count}`,
            ),
            msg('核对发票本的使用登记', "check the book's record of use"),
          ),
        );
    });
    if (s.cash === undefined || s.expected_cash === undefined || s.difference === undefined) {
      out.push(
        problemAt(
          r,
          '/state',
          'shift-incomplete',
          msg('已交班但缺少现金、应交或差额', 'closed without cash, cash due or difference'),
        ),
      );
      return out;
    }
    const d = parseMoney(s.cash) - parseMoney(s.expected_cash);
    if (d !== signed(s.difference))
      out.push(
        problemAt(
          r,
          '/difference',
          'shift-difference',
          msg(
            `差额应为 ${formatMoney(Math.abs(d))}${d < 0 ? '（短款）' : ''}`,
            `the difference should be ${d < 0 ? '-' : ''}${formatMoney(Math.abs(d))}`,
          ),
        ),
      );
    if (d !== 0 && !s.explanation)
      out.push(
        problemAt(
          r,
          '/difference',
          'shift-unexplained',
          msg('有差额但没有说明', 'a difference without an explanation'),
        ),
      );
    return out;
  },
});

const passes = defineCheck<Pass>({
  name: 'parking/pass',
  kinds: ['parking-pass'],
  description: msg(
    '月卡缴费逐月相接，每次均有收费账户上的收据，已缴至等于最后一次缴费的截止月',
    'payments follow one another, each receipted on the fee account; paid through is the last one’s month',
  ),
  record(r, env) {
    const p = r.data;
    const out: Problem[] = [];
    if (p.space && !env.exists('parking-space', p.space))
      out.push(
        problemAt(
          r,
          '/space',
          'pass-space',
          msg(`没有车位 ${p.space}`, `no parking space ${p.space}`),
          msg('用 wuye parking spaces 查看', 'see wuye parking spaces'),
        ),
      );
    p.payments.forEach((x, i) => {
      const prev = p.payments[i - 1];
      if (prev && x.from <= prev.to)
        out.push(
          problemAt(
            r,
            `/payments/${i}/from`,
            'pass-overlap',
            msg(`第 ${i + 1} 次缴费与上一次重叠`, `payment ${i + 1} overlaps the one before`),
          ),
        );
      if (addMonths(x.from, x.months - 1) !== x.to)
        out.push(
          problemAt(
            r,
            `/payments/${i}/months`,
            'pass-months',
            msg('月数与起止月不符', 'months do not match from and through'),
          ),
        );
    });
    p.payments.forEach((x, i) => {
      // every yuan through the fee account and a receipt of the cashier's book (issue 10 item 1)
      const acc = env.get<FeeAccountRecord>('fee-account', `${x.at.slice(0, 4)}-${p.unit}`)?.data;
      const paid = (acc?.payments ?? []).find((y) => y.receipt === x.receipt && (!x.book || y.book === x.book));
      if (!paid || paid.void || parseMoney(paid.amount) !== parseMoney(x.amount))
        out.push(
          problemAt(
            r,
            `/payments/${i}/receipt`,
            'pass-receipt',
            msg(
              `第 ${i + 1} 次缴费的收据 ${x.receipt} ${paid ? (paid.void ? '已作废' : `金额为 ${paid.amount}，不是 ${x.amount}`) : `不在房屋 ${p.unit} ${x.at.slice(0, 4)} 年的收费账户上`}`,
              `payment ${i + 1}: receipt ${x.receipt} ${paid ? (paid.void ? 'is void' : `is for ${paid.amount}, not ${x.amount}`) : `is not on the fee account of ${p.unit} for ${x.at.slice(0, 4)}`}`,
            ),
            msg(
              '月卡费经收费账户收取：wuye parking pass renew',
              'pass fees are taken on the fee account: wuye parking pass renew',
            ),
          ),
        );
    });
    const last = p.payments.at(-1);
    if (last && last.to !== p.paid_through)
      out.push(
        problemAt(
          r,
          '/paid_through',
          'pass-paid-through',
          msg(`已缴至应为 ${last.to}`, `paid through should be ${last.to}`),
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [books, shifts, passes];
