// Moves of the demo and benchmark estates (manual 四.4; spec 04 "Rules"): households moving in and out over the
// last month (the bench: its history), each in a permitted slot of its own on its entrance's lift; goods leaving
// with a release pass — the owner's, or a tenant's with the owner's confirmation by phone — and the gate's
// check; one unit that owed fees released by the manager with the reason; two moves booked for the days ahead.
// e.g. wuye demo generate /tmp/estate (after fees: the fee check reads the accounts written)
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import { Store } from '../../core/store.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';
import { unitArrears } from '../fee/api.js';
import { passNo, type Moving } from './rules.js';

const MOVERS = ['蚂蚁搬家', '大众搬家', '好运搬家公司', '顺心搬场'];
const GOODS = [
  '沙发1套、床1张、纸箱15个',
  '冰箱1台、洗衣机1台、纸箱8个',
  '书柜2个、纸箱20个',
  '衣柜1个、餐桌椅1套、纸箱10个',
];
const SLOTS: [string, string][] = [
  ['09:00', '11:00'],
  ['14:00', '16:00'],
];

export const movesGenerator: KindGenerator = {
  name: 'moves',
  run() {},
  // after every run and the fee generator's finish: the fee check reads the accounts as written
  finish(g: GenContext) {
    const rng = g.rng;
    const asOf = g.opts.asOf;
    const onDuty = (role: string, day: string) =>
      g.estate.staff.filter(
        (s) =>
          (s.roles as string[]).includes(role) &&
          (!s.active_from || s.active_from <= day) &&
          (!s.active_to || s.active_to >= day),
      );
    const days = g.opts.profile === 'demo' ? 30 : Math.min(g.estate.history.periods.length * 30, 1095);
    const count = g.opts.profile === 'demo' ? 10 : Math.round((g.estate.units.length * days) / 365 / 20);
    const store = new Store(g.out.root);
    const lived = g.estate.units
      .filter(
        (u) =>
          (u.state === 'occupied' || u.state === 'let') &&
          u.type !== 'parking' &&
          u.owners?.length &&
          u.fee_start &&
          u.fee_start < addDays(asOf, -days),
      )
      .sort((a, b) => a.id.localeCompare(b.id));
    if (!lived.length) return;
    const moves: Moving[] = [];
    const used = new Set<string>(); // entrance@day@slot
    let overridden = false;
    // the story: a household that owes fees moves out five days ago, released by the manager
    const storyDay = addDays(asOf, -5);
    const indebted = lived.find((u) => unitArrears(store, store, u.id, storyDay).amount > 0);
    for (let i = 0; i < count; i++) {
      const story = i === 0 && !!indebted;
      const u = story ? indebted! : rng.pick(lived);
      const ahead = i >= count - 2; // the last two are booked for the days ahead
      const date = story ? storyDay : ahead ? addDays(asOf, rng.int(1, 3)) : addDays(asOf, -rng.int(1, days));
      const slot = rng.pick(SLOTS);
      const key = `${u.building}-${u.entrance}@${date}@${slot[0]}`;
      if (used.has(key)) continue;
      used.add(key);
      const desk = rng.pick(onDuty('cs-assistant', date).length ? onDuty('cs-assistant', date) : g.estate.staff).id;
      const bookedOn = addDays(date, -rng.int(1, 3));
      const m: Moving = {
        kind: 'moving',
        id: '',
        unit: u.id,
        direction: story || rng.chance(0.6) ? 'out' : 'in',
        date,
        from: slot[0],
        to: slot[1],
        lift: true,
        mover: rng.pick(MOVERS),
        plates: [`湘A${rng.int(10000, 99999)}`],
        booked_at: `${bookedOn}T${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['05', '20', '40'])}:00+08:00`,
        booked_by: desk,
      };
      if (m.direction === 'out' && !ahead) {
        const debt = unitArrears(store, store, u.id, date);
        if (debt.amount > 0 && overridden) m.direction = 'in';
        else {
          const tenant = u.state === 'let' ? u.tenants?.[0]?.person : undefined;
          const manager = onDuty('cs-manager', date)[0]?.id ?? desk;
          const at = `${date}T08:${rng.pick(['15', '30', '45'])}:00+08:00`;
          m.pass = {
            no: '',
            goods: rng.pick(GOODS),
            person: tenant ?? u.owners![0].person,
            as: tenant ? 'tenant' : 'owner',
            ...(tenant
              ? {
                  owner_confirmation: {
                    owner: u.owners![0].person,
                    how: 'phone' as const,
                    at,
                    note: '电话确认同意搬出',
                  },
                }
              : {}),
            ...(debt.amount > 0
              ? {
                  arrears: formatMoney(debt.amount),
                  override: { by: manager, reason: '业主书面承诺月底前缴清欠费，同意放行' },
                }
              : {}),
            issued_at: at,
            issued_by: debt.amount > 0 ? manager : desk,
          };
          if (debt.amount > 0) overridden = true;
          const guard = onDuty('security', date);
          if (guard.length) m.gate = { by: rng.pick(guard).id, at: `${date}T${slot[0].slice(0, 2)}:50:00+08:00` };
        }
      }
      moves.push(m);
    }
    moves.sort((a, b) => a.booked_at.localeCompare(b.booked_at) || a.unit.localeCompare(b.unit));
    const seq = new Map<string, number>();
    for (const m of moves) {
      const y = m.booked_at.slice(0, 4);
      const n = (seq.get(y) ?? 0) + 1;
      seq.set(y, n);
      m.id = `BJ${y}-${String(n).padStart(4, '0')}`;
      if (m.pass) m.pass.no = passNo(m.id);
      g.out.record(relPath('moving', m.id), m as unknown as Record<string, unknown>);
    }
  },
};
