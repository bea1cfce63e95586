// The rules of the car park (spec procedures/09-parking.md; manual 四.10 停车场收费及发票领用管理措施): a
// fixed-amount invoice book's numbers are each used once, voids recorded, a book closed only when every
// number is accounted for; a shift's cash equals the invoices handed out at their denominations less the
// electronic payments recorded, a difference flagged and explained; a monthly pass expires at the end of
// its paid month and is never renewed for a month already past. Pure functions, tested with exact figures.
// e.g. shiftBalance({ invoices: 24500, electronic: 4500, cash: 19000 }) → { expected: 20000, difference: -1000 }
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { formatYuan, parseMoney, type Fen } from '../../core/money.js';
import type { InvoiceBookRecord, ParkingPassRecord, ParkingShiftRecord } from '../../core/types.gen.js';

export type Book = InvoiceBookRecord;
export type Pass = ParkingPassRecord;
export type Shift = ParkingShiftRecord;

export interface ParkingConf {
  passFee: Fen;
  expiringDays: number;
  denominations: Fen[];
}
type ParkingYaml = { pass_fee?: string; expiring_days?: number; denominations?: string[] };
export function cfg(c: ParkingYaml | undefined): ParkingConf {
  const d = CONFIG_DEFAULTS.parking as unknown as Required<ParkingYaml>;
  return {
    passFee: parseMoney(c?.pass_fee ?? d.pass_fee),
    expiringDays: c?.expiring_days ?? d.expiring_days,
    denominations: (c?.denominations ?? d.denominations).map(parseMoney),
  };
}

// ---- invoice numbers ----
export const num = (s: string) => Number(s);
export const pad = (n: number) => String(n).padStart(8, '0');

export type NumberStatus = 'used' | 'void' | 'unused-back' | 'unused-cancelled';

/** What became of each number of the book, and every number claimed twice or outside the book. */
export function accounting(b: Pick<Book, 'first' | 'last' | 'uses' | 'voids' | 'returned'>): {
  status: Map<number, NumberStatus>;
  twice: number[];
  outside: number[];
} {
  const lo = num(b.first);
  const hi = num(b.last);
  const status = new Map<number, NumberStatus>();
  const twice: number[] = [];
  const outside: number[] = [];
  const mark = (n: number, s: NumberStatus) => {
    if (n < lo || n > hi) outside.push(n);
    else if (status.has(n)) twice.push(n);
    else status.set(n, s);
  };
  for (const u of b.uses ?? []) for (let n = num(u.from); n <= num(u.to); n++) mark(n, 'used');
  for (const v of b.voids ?? []) mark(num(v.no), 'void');
  if (b.returned) {
    const s = b.returned.disposition === 'back' ? 'unused-back' : 'unused-cancelled';
    for (const r of b.returned.unused) for (let n = num(r.from); n <= num(r.to); n++) mark(n, s);
  }
  return { status, twice, outside };
}

/** Numbers of the book nobody has accounted for yet (neither used, voided nor returned). */
export function unaccounted(b: Pick<Book, 'first' | 'last' | 'uses' | 'voids' | 'returned'>): number[] {
  const { status } = accounting(b);
  const out: number[] = [];
  for (let n = num(b.first); n <= num(b.last); n++) if (!status.has(n)) out.push(n);
  return out;
}

/** Consecutive numbers as runs: [1,2,3,7] → [[1,3],[7,7]]. */
export function runs(ns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...ns].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
export const runsText = (ns: readonly number[]) =>
  runs(ns)
    .map(([a, b]) => (a === b ? pad(a) : `${pad(a)}–${pad(b)}`))
    .join('、');

/** Refuse numbers outside the book, used before, or given twice now; and a book not held by this attendant. */
export function checkUse(
  b: Book,
  attendant: string,
  run: { from: number; to: number } | undefined,
  voids: readonly number[],
): void {
  if (b.state !== 'issued')
    throw new RuleError(
      msg(
        `发票本 ${b.id} 已交回，不能再登记使用`,
        `invoice book ${b.id} has been returned; nothing more can be used from it`,
      ),
    );
  if (b.issued.to !== attendant)
    throw new RuleError(
      msg(
        `发票本 ${b.id} 领用人是 ${b.issued.to}，不是本班收费员 ${attendant}`,
        `invoice book ${b.id} is held by ${b.issued.to}, not this shift's attendant ${attendant}`,
      ),
      msg('只能使用本人领用的发票本', "use only the attendant's own book"),
    );
  if (run && run.from > run.to)
    throw new RuleError(
      msg(`号码段 ${pad(run.from)}–${pad(run.to)} 起止颠倒`, `the run ${pad(run.from)}–${pad(run.to)} runs backwards`),
    );
  const { status } = accounting(b);
  const lo = num(b.first);
  const hi = num(b.last);
  const now = new Set<number>();
  const all = [...(run ? Array.from({ length: run.to - run.from + 1 }, (_, i) => run.from + i) : []), ...voids];
  for (const n of all) {
    if (n < lo || n > hi)
      throw new RuleError(
        msg(
          `号码 ${pad(n)} 不在发票本 ${b.id}（${b.first}–${b.last}）内`,
          `number ${pad(n)} is outside invoice book ${b.id} (${b.first}–${b.last})`,
        ),
        msg('核对手中发票的号码和所属发票本', 'check the number and the book it belongs to'),
      );
    if (status.has(n) || now.has(n))
      throw new RuleError(
        msg(
          `号码 ${pad(n)} 已${status.get(n) === 'void' ? '作废' : '使用'}过，每个号码只能用一次`,
          `number ${pad(n)} was already ${status.get(n) === 'void' ? 'voided' : 'used'}; each number is used once`,
        ),
        msg('核对本班实际发出的号码段', 'check the numbers this shift actually handed out'),
      );
    now.add(n);
  }
}

// ---- the shift's cash ----
/** Cash due = invoices at their denominations − electronic payments; difference = cash handed over − due. */
export function shiftBalance(x: { invoices: Fen; electronic: Fen; cash: Fen }): { expected: Fen; difference: Fen } {
  const expected = x.invoices - x.electronic;
  return { expected, difference: x.cash - expected };
}

/** The invoices a shift handed out, by book: the shift's runs (voids not counted) at the book's denomination. */
export function shiftInvoices(
  books: readonly Book[],
  shift: string,
): { book: string; count: number; denomination: Fen; amount: Fen }[] {
  const out: { book: string; count: number; denomination: Fen; amount: Fen }[] = [];
  for (const b of books) {
    const count = (b.uses ?? []).filter((u) => u.shift === shift).reduce((s, u) => s + num(u.to) - num(u.from) + 1, 0);
    if (count) {
      const d = parseMoney(b.denomination);
      out.push({ book: b.id, count, denomination: d, amount: d * count });
    }
  }
  return out;
}

export function differenceText(d: Fen): string {
  return d === 0 ? '0.00' : `${d < 0 ? '短款' : '长款'} ${formatYuan(Math.abs(d))}`;
}

// ---- passes ----
export function addMonths(period: string, n: number): string {
  const k = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}
export function monthsBetween(a: string, b: string): number {
  return Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));
}
/** The last day of a period: a pass paid through 2026-11 expires at the end of 2026-11-30. */
export function endOfMonth(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(d).padStart(2, '0')}`;
}

/** The months a renewal pays for: from the month after the paid one (or --from); a month already past refused. */
export function renewal(
  p: Pick<Pass, 'id' | 'paid_through'> | undefined,
  today: string,
  months: number,
  from?: string,
): { from: string; to: string } {
  const current = today.slice(0, 7);
  const start = from ?? (p && p.paid_through >= current ? addMonths(p.paid_through, 1) : current);
  if (start < current)
    throw new RuleError(
      msg(
        `不能为已过去的月份 ${start} 缴月卡费（本月为 ${current}）`,
        `cannot pay a pass for ${start}, a month already past (this month is ${current})`,
      ),
      msg('从本月或以后的月份起缴（--from）', 'pay from this month or a later one (--from)'),
    );
  if (p && start <= p.paid_through)
    throw new RuleError(
      msg(
        `月卡 ${p.id} 已缴至 ${p.paid_through}，${start} 已缴过`,
        `pass ${p.id} is paid through ${p.paid_through}; ${start} is already paid`,
      ),
      msg(`从 ${addMonths(p.paid_through, 1)} 起缴`, `pay from ${addMonths(p.paid_through, 1)}`),
    );
  return { from: start, to: addMonths(start, months - 1) };
}

/** Does the pass run out within `days` of today (or has it run out already)? */
export function expiring(p: Pick<Pass, 'paid_through'>, today: string, days: number): boolean {
  const end = endOfMonth(p.paid_through);
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
  return end <= limit;
}

export { formatYuan };
