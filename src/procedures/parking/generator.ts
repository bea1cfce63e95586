// The car park of a generated estate (spec 09-parking.md; wuye demo generate): its spaces (the owned ones are
// the estate's parking units, with their owners; rented and visitor spaces beside them), monthly passes with
// their payments (each a one-off parking-pass charge on the holder's fee account, taken at the counter with the
// cashier's next receipt — g.estate.counter, numbered by the fee generator — as `parking pass new|renew` takes
// it through fee/api.ts; no renewal paid after today), and a month of shifts — day and night —
// with the fixed-amount invoice books issued, used per shift, returned and verified when used up. The night
// shift of 2026-11-14 is short by ¥10.00 and explained. The bench profile runs the same over the last six months
// with the estate's first two security staff as the attendants.
// e.g. wuye demo generate DIR
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { CounterTake, GenContext, KindGenerator } from '../../kit/generate/context.js';
import type { Rng } from '../../kit/generate/rng.js';
import { addMonths, pad, type Book, type Pass, type Shift } from './rules.js';
import { shiftId } from './shifts.js';

const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const plate = (rng: Rng) => `湘A${rng.pick([...PLATE_CHARS])}${rng.digits(4)}`;
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

interface BookState {
  book: Book;
  next: number;
}

export const parkingGenerator: KindGenerator = {
  name: 'parking',
  run(g: GenContext) {
    const { rng, estate, opts } = g;
    const demo = opts.profile === 'demo';
    const asOf = opts.asOf;
    const write = (kind: string, id: string, data: object) =>
      g.out.record(relPath(kind, id), data as Record<string, unknown>);

    // ---- staff: the attendants (security) and the cashier ----
    const active = (s: StaffRecord) => !s.active_to || s.active_to >= asOf;
    const since = demo ? `${asOf.slice(0, 7)}-01` : `${addMonths(asOf.slice(0, 7), -5)}-01`;
    const guards = estate.staff.filter(
      (s) => active(s) && (s.roles as string[]).includes('security') && (s.active_from ?? '') <= since,
    );
    const cashier = estate.staff.find((s) => active(s) && (s.roles as string[]).includes('cashier'))!.id;
    const [dayGuard, nightGuard] = [guards[0].id, (guards[1] ?? guards[0]).id];

    // ---- spaces ----
    const parkingUnits = estate.units.filter((u) => u.type === 'parking');
    const residents = estate.units
      .filter((u) => u.type === 'residential' && u.owners?.length)
      .map((u) => ({ unit: u.id, person: u.owners![0].person }));
    const spaces: { id: string; holder?: string; unit?: string; plate?: string; type: string }[] = [];
    for (const u of parkingUnits) {
      const id = `${u.building}-${u.room.padStart(3, '0').slice(-3)}`;
      const owner = u.owners?.[0]?.person;
      const rec = {
        kind: 'parking-space',
        id,
        type: 'owned',
        area: u.area,
        unit: u.id,
        ...(owner ? { holder: owner, plate: plate(rng), since: u.owners![0].since } : {}),
      };
      spaces.push(rec);
      write('parking-space', id, rec);
    }
    const building = parkingUnits[0]?.building ?? 'P1';
    const rentedCount = demo ? 10 : Math.max(10, Math.round(parkingUnits.length / 2));
    const renters = residents.filter((_, i) => i % 3 === 0);
    const passHolders: { space?: string; unit: string; person: string; plate: string }[] = [];
    for (let i = 0; i < rentedCount && i < renters.length; i++) {
      const id = `${building}-${String(parkingUnits.length + i + 1).padStart(3, '0')}`;
      const r = renters[i];
      const p = plate(rng);
      write('parking-space', id, {
        kind: 'parking-space',
        id,
        type: 'rented',
        area: '12.50',
        holder: r.person,
        plate: p,
        since: rng.date('2024-01-01', '2026-06-30'),
      });
      passHolders.push({ space: id, unit: r.unit, person: r.person, plate: p });
    }
    for (let i = 1; i <= (demo ? 5 : 20); i++)
      write('parking-space', `V-${String(i).padStart(2, '0')}`, {
        kind: 'parking-space',
        id: `V-${String(i).padStart(2, '0')}`,
        type: 'visitor',
        area: '12.50',
      });
    // a couple of passes without a fixed space (parking where free)
    for (const r of residents.filter((_, i) => i % 3 === 1).slice(0, demo ? 2 : rentedCount / 5))
      passHolders.push({ unit: r.unit, person: r.person, plate: plate(rng) });

    // ---- passes: each payment a one-off charge on the holder's fee account, taken at the counter ----
    const current = asOf.slice(0, 7);
    const inPost = (day: string) =>
      estate.staff.find(
        (s) =>
          (s.roles as string[]).includes('cashier') &&
          (s.active_from ?? '') <= day &&
          (!s.active_to || s.active_to >= day),
      )?.id ?? cashier;
    const passes: Pass[] = [];
    const billed = new Map<string, number>(); // unit|period → parking-pass bills so far (ids -2, -3 … as the command)
    const taken: { payment: Pass['payments'][number]; take: CounterTake }[] = [];
    passHolders.forEach((h, i) => {
      const id = `YK${String(i + 1).padStart(4, '0')}`;
      const since = addMonths(current, -rng.int(3, 10));
      // the demo: the second pass lapsed last month, the third and fourth expire this month
      const through =
        demo && i === 1
          ? addMonths(current, -1)
          : demo && (i === 2 || i === 3)
            ? current
            : addMonths(current, rng.int(0, 3));
      const payments: Pass['payments'] = [];
      let from = since;
      while (from <= through) {
        const months = Math.min(
          rng.pick([1, 3, 3, 6]),
          1 +
            (Number(through.slice(0, 4)) * 12 +
              Number(through.slice(5)) -
              (Number(from.slice(0, 4)) * 12 + Number(from.slice(5)))),
        );
        const to = addMonths(from, months - 1);
        const payDay = from === since ? `${since}-0${rng.int(1, 5)}` : addDays(`${from}-01`, -rng.int(1, 6));
        const method = rng.pick(['cash', 'wechat', 'wechat', 'alipay'] as const);
        const when = at(
          payDay,
          `${String(rng.int(9, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
        );
        const start = from;
        from = addMonths(to, 1);
        // a renewal not yet due is not paid before today (its draws are still made: the rest of the car park stays)
        if (payDay >= asOf) continue;
        const by = inPost(payDay);
        const amount = formatMoney(15000 * months);
        const period = payDay.slice(0, 7);
        const n = (billed.get(`${h.unit}|${period}`) ?? 0) + 1;
        billed.set(`${h.unit}|${period}`, n);
        const item = n === 1 ? 'parking-pass' : `parking-pass-${n}`;
        const payment: Pass['payments'][number] = {
          from: start,
          to,
          months,
          amount,
          method,
          receipt: '',
          book: '',
          at: when,
          by,
        };
        const take: CounterTake = {
          unit: h.unit,
          at: when,
          cashier: by,
          method,
          payer: h.person,
          bills: [
            {
              id: `${period}/${item}`,
              item,
              period,
              rate: '150.00',
              base: `${months}.00`,
              amount,
              due: payDay,
              note: `${id} ${h.plate} ${start}–${to}`,
            },
          ],
        };
        g.estate.counter.push(take);
        taken.push({ payment, take });
        payments.push(payment);
      }
      passes.push({
        kind: 'parking-pass',
        id,
        plate: h.plate,
        holder: h.person,
        unit: h.unit,
        ...(h.space ? { space: h.space } : {}),
        fee: '150.00',
        since,
        paid_through: payments.at(-1)?.to ?? addMonths(since, -1),
        payments,
      });
    });
    built.set(g.estate, { passes, taken });

    // ---- invoice books and shifts ----
    const books: Book[] = [];
    const serial: Record<string, number> = { '5.00': 10001, '10.00': 20001 };
    const code: Record<string, string> = { '5.00': '143002620011', '10.00': '143002620012' };
    const size = 50;
    const held = new Map<string, BookState>(); // attendant|denomination → the book in hand
    const issue = (attendant: string, d: '5.00' | '10.00', when: string): BookState => {
      const id = `FP${String(books.length + 1).padStart(4, '0')}`;
      const first = serial[d];
      serial[d] += size;
      const book: Book = {
        kind: 'invoice-book',
        id,
        code: code[d],
        denomination: d,
        first: pad(first),
        last: pad(first + size - 1),
        issued: { to: attendant, by: cashier, at: when },
        state: 'issued',
      };
      books.push(book);
      const s = { book, next: first };
      held.set(`${attendant}|${d}`, s);
      return s;
    };
    /** Hand out n numbers of this denomination on a shift (a new book when one runs out); a void now and then. */
    const handOut = (
      attendant: string,
      d: '5.00' | '10.00',
      n: number,
      shift: string,
      opened: string,
      closing: string,
    ) => {
      let left = n;
      let count = 0;
      while (left > 0) {
        let s = held.get(`${attendant}|${d}`);
        const last = s ? Number(s.book.last) : 0;
        if (!s || s.next > last) {
          if (s) {
            s.book.returned = { at: opened, by: cashier, unused: [], disposition: 'back' };
            s.book.checked = { at: opened, by: cashier };
            s.book.state = 'closed';
          }
          s = issue(attendant, d, opened);
        }
        const take = Math.min(left, Number(s.book.last) - s.next + 1);
        (s.book.uses ??= []).push({ shift, from: pad(s.next), to: pad(s.next + take - 1), at: closing });
        s.next += take;
        left -= take;
        count += take;
        if (rng.chance(0.06) && s.next <= Number(s.book.last)) {
          (s.book.voids ??= []).push({
            no: pad(s.next),
            shift,
            reason: '打印错误，收回作废',
            at: closing,
            by: attendant,
          });
          s.next++;
        }
      }
      return count;
    };

    const first = demo ? `${current}-01` : `${addMonths(current, -5)}-01`;
    for (let day = first; day <= asOf; day = addDays(day, 1)) {
      for (const shift of ['day', 'night'] as const) {
        const id = shiftId(day, shift);
        const attendant = shift === 'day' ? dayGuard : nightGuard;
        const opened = at(day, shift === 'day' ? '08:00' : '20:00');
        const closeAt = shift === 'day' ? at(day, '20:00') : at(addDays(day, 1), '08:00');
        if (day === asOf) {
          // today: the day shift is on (opened, nothing handed over yet); the night shift has not begun
          if (shift === 'day')
            write('parking-shift', id, {
              kind: 'parking-shift',
              id,
              date: day,
              shift,
              attendant,
              opened,
              state: 'open',
            });
          continue;
        }
        const scale = demo ? 1 : Math.max(1, Math.round(parkingUnits.length / 10));
        const n5 = handOut(attendant, '5.00', rng.int(6, 14) * (shift === 'day' ? scale : 1), id, opened, closeAt);
        const n10 = handOut(attendant, '10.00', rng.int(2, 9) * (shift === 'day' ? scale : 1), id, opened, closeAt);
        const inv = n5 * 500 + n10 * 1000;
        const wechat = rng.int(0, Math.floor(n5 / 2)) * 500 + rng.int(0, Math.floor(n10 / 2)) * 1000;
        const alipay = rng.int(0, 2) * 500;
        const expected = inv - wechat - alipay;
        const short = demo && id === 'TC2026-1114-2';
        const cash = short ? expected - 1000 : expected;
        const usedBooks = books.filter((b) => (b.uses ?? []).some((u) => u.shift === id));
        const invoices = usedBooks.map((b) => {
          const c = (b.uses ?? [])
            .filter((u) => u.shift === id)
            .reduce((t, u) => t + Number(u.to) - Number(u.from) + 1, 0);
          return {
            book: b.id,
            count: c,
            denomination: b.denomination,
            amount: formatMoney(c * (b.denomination === '5.00' ? 500 : 1000)),
          };
        });
        write('parking-shift', id, {
          kind: 'parking-shift',
          id,
          date: day,
          shift,
          attendant,
          opened,
          entries: n5 + n10 + rng.int(2, 9),
          invoices,
          ...(wechat || alipay
            ? {
                electronic: [
                  ...(wechat ? [{ method: 'wechat' as const, amount: formatMoney(wechat) }] : []),
                  ...(alipay ? [{ method: 'alipay' as const, amount: formatMoney(alipay) }] : []),
                ],
              }
            : {}),
          cash: formatMoney(cash),
          expected_cash: formatMoney(expected),
          difference: cash === expected ? '0.00' : `-${formatMoney(expected - cash)}`,
          ...(short ? { explanation: '夜班找零时多找给车主 10 元，收费员已书面说明，报秩序维护部主管' } : {}),
          closed: { at: closeAt, by: cashier },
          state: 'closed',
        } satisfies Shift);
      }
    }
    for (const b of books) write('invoice-book', b.id, b);
  },
  /** After the fee generator numbered the counter's takes: each pass payment names its receipt and book. */
  finish(g: GenContext) {
    const b = built.get(g.estate);
    if (!b) return;
    for (const { payment, take } of b.taken) {
      payment.receipt = take.receipt!;
      if (take.book) payment.book = take.book;
      else delete payment.book;
    }
    for (const p of b.passes) g.out.record(relPath('parking-pass', p.id), p as unknown as Record<string, unknown>);
  },
};

/** The passes of a generation, held from `run` to `finish` (their receipts are numbered in between). */
const built = new WeakMap<
  object,
  { passes: Pass[]; taken: { payment: Pass['payments'][number]; take: CounterTake }[] }
>();
