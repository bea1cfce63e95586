// The printed forms of the car park (spec 09-parking.md "Forms"; manual 四.10): 停车月卡登记表 (a pass and its
// payments), 发票领用登记表 (a book: issued, used per shift, voids, return, 核销) and 收费交接班表 (a shift's
// invoices, electronic payments, cash and difference). Personal data is read through ctx.shown (masked
// unless --reveal). e.g. wuye parking form shift TC2026-1128-1
import { dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { PersonRecord, StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import {
  accounting,
  differenceText,
  endOfMonth,
  num,
  pad,
  runsText,
  type Book,
  type Pass,
  type Shift,
} from './rules.js';
import { allBooks } from './shifts.js';

const staffName = (ctx: Ctx, id?: string) =>
  id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;

export function passForm(ctx: Ctx, id: string): FormLoad {
  const p = ctx.shown.read<Pass>('parking-pass', checkId('parking-pass', id.trim(), 'ID')).data;
  const holder = ctx.shown.tryRead<PersonRecord>('person', p.holder)?.data;
  const phone = holder?.phones?.[0];
  const last = p.payments.at(-1);
  return {
    id: p.id,
    date: dateOf(last?.at ?? `${p.since}-01T00:00:00+08:00`),
    data: {
      pass: {
        ...p,
        holder: holder?.name ?? p.holder,
        phone,
        expires: endOfMonth(p.paid_through),
      },
      payments: p.payments.map((x) => ({
        ...x,
        method: x.method ? labelZh('payMethod', x.method) : '',
        date: dateOf(x.at),
        by: staffName(ctx, x.by),
      })),
      sign: { cashier: staffName(ctx, last?.by), date: last ? dateOf(last.at) : undefined },
    },
  };
}

export function bookForm(ctx: Ctx, id: string): FormLoad {
  const b = ctx.shown.read<Book>('invoice-book', checkId('invoice-book', id.trim(), 'ID')).data;
  const d = parseMoney(b.denomination);
  const { status } = accounting(b);
  const count = num(b.last) - num(b.first) + 1;
  const unused = (b.returned?.unused ?? []).flatMap((r) =>
    Array.from({ length: num(r.to) - num(r.from) + 1 }, (_, i) => num(r.from) + i),
  );
  return {
    id: b.id,
    date: dateOf(b.checked?.at ?? b.returned?.at ?? b.issued.at),
    data: {
      book: {
        id: b.id,
        code: b.code,
        denomination: b.denomination,
        range: `${b.first}–${b.last}`,
        count: String(count),
        to: staffName(ctx, b.issued.to),
        by: staffName(ctx, b.issued.by),
        issued: dateOf(b.issued.at),
        state: labelZh('invoiceBookState', b.state),
        verdict: b.state === 'closed' ? `${status.size} / ${count} 个号码有着落` : undefined,
        returned: b.returned ? dateOf(b.returned.at) : undefined,
        unused: b.returned ? (unused.length ? `${runsText(unused)}（${unused.length} 张）` : '无') : undefined,
        disposition: b.returned ? labelZh('unusedDisposition', b.returned.disposition) : undefined,
        checked: b.checked ? dateOf(b.checked.at) : undefined,
        checked_by: staffName(ctx, b.checked?.by),
      },
      uses: (b.uses ?? []).map((u) => {
        const n = num(u.to) - num(u.from) + 1;
        return { shift: u.shift, from: u.from, to: u.to, count: String(n), amount: formatMoney(n * d) };
      }),
      voids: (b.voids ?? []).map((v) => ({ no: v.no, shift: v.shift ?? '', reason: v.reason })),
    },
  };
}

export function shiftForm(ctx: Ctx, id: string): FormLoad {
  const s = ctx.shown.read<Shift>('parking-shift', checkId('parking-shift', id.trim(), 'ID')).data;
  const books = allBooks(ctx.shown);
  const inv = (s.invoices ?? []).map((i) => {
    const b = books.find((x) => x.id === i.book);
    const mine = (b?.uses ?? [])
      .filter((u) => u.shift === s.id)
      .flatMap((u) => Array.from({ length: num(u.to) - num(u.from) + 1 }, (_, k) => num(u.from) + k));
    return { ...i, runs: runsText(mine), count: String(i.count) };
  });
  const electronic = (s.electronic ?? []).reduce((t, e) => t + parseMoney(e.amount), 0);
  const invTotal = (s.invoices ?? []).reduce((t, i) => t + parseMoney(i.amount), 0);
  const voids = books.flatMap((b) => (b.voids ?? []).filter((v) => v.shift === s.id));
  const diff =
    s.difference === undefined
      ? undefined
      : s.difference.startsWith('-')
        ? -parseMoney(s.difference.slice(1))
        : parseMoney(s.difference);
  return {
    id: s.id,
    date: dateOf(s.closed?.at ?? s.opened),
    data: {
      shift: {
        id: s.id,
        date: s.date,
        shift: labelZh('parkingShift', s.shift),
        attendant: staffName(ctx, s.attendant),
        opened: s.opened.slice(11, 16),
        closed: s.closed ? `${dateOf(s.closed.at)} ${s.closed.at.slice(11, 16)}` : undefined,
        closed_date: s.closed ? dateOf(s.closed.at) : undefined,
        entries: s.entries === undefined ? undefined : String(s.entries),
        invoices: s.closed ? formatMoney(invTotal) : undefined,
        electronic: s.closed ? formatMoney(electronic) : undefined,
        expected: s.expected_cash,
        cash: s.cash,
        difference: diff === undefined ? undefined : differenceText(diff),
        voids: voids.length
          ? `${voids.length}（${voids.map((v) => pad(num(v.no))).join('、')}）`
          : s.closed
            ? '0'
            : undefined,
        explanation: s.explanation,
        cashier: staffName(ctx, s.closed?.by),
      },
      invoices: inv,
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'parking-pass',
    template: 'parking/pass',
    title: msg('停车月卡登记表', 'monthly pass register'),
    idKind: 'parking-pass',
    load: (ctx, id) => passForm(ctx, id),
  },
  {
    name: 'parking-invoice-book',
    template: 'parking/invoice-book',
    title: msg('定额发票领用登记表', 'invoice book register'),
    idKind: 'invoice-book',
    load: (ctx, id) => bookForm(ctx, id),
  },
  {
    name: 'parking-shift',
    template: 'parking/shift',
    title: msg('停车场收费交接班表', 'shift handover sheet'),
    idKind: 'parking-shift',
    load: (ctx, id) => shiftForm(ctx, id),
  },
];
