// The mail register of the demo and benchmark estates (manual 四.12): a month of letters and parcels in the
// demo (about three a day), nine a day over three years in the bench (about 10,000 items), each noticed the
// day it came, collected within days by an owner, a resident or — now and then — a person the owner
// authorised; in the demo a few still waiting past the 3-day reminder and one returned to the sender.
// e.g. wuye demo generate /tmp/estate (after moving, whose residents may collect)
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import type { MailCarrier, MailType } from '../../core/enums.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';
import type { Rng } from '../../kit/generate/rng.js';
import { needsSignature, type MailItem } from './rules.js';

const T = (date: string, h: number, m: number) =>
  `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`;
const CARRIERS: [MailCarrier, number, string][] = [
  ['sf', 25, 'SF'],
  ['zto', 18, '7'],
  ['yto', 15, 'YT'],
  ['jd', 12, 'JD'],
  ['yunda', 10, '43'],
  ['sto', 8, '77'],
  ['ems', 6, 'E'],
  ['china-post', 6, 'R'],
];
const TYPES: [MailType, number][] = [
  ['parcel', 70],
  ['letter', 9],
  ['registered', 8],
  ['printed', 8],
  ['official', 5],
];
const SENDERS = [
  '淘宝商家',
  '京东自营',
  '拼多多商家',
  '长沙市住房公积金管理中心',
  '中国银行',
  '湖南日报社',
  '某保险公司',
];
const HELPERS = ['刘阿姨', '陈师傅', '王小姐', '李先生', '赵阿姨'];
const weighted = <T>(rng: Rng, xs: [T, number, ...unknown[]][]): [T, number, ...unknown[]] => {
  let r = rng.int(
    1,
    xs.reduce((s, x) => s + x[1], 0),
  );
  for (const x of xs) if ((r -= x[1]) <= 0) return x;
  return xs[0];
};

export const mailGenerator: KindGenerator = {
  name: 'mail',
  run(g: GenContext) {
    const asOf = g.opts.asOf;
    const rng = g.rng;
    const demo = g.opts.profile === 'demo';
    const staff = g.estate.staff.filter((s) => !s.active_to);
    const desks = staff.filter((s) => (s.roles as string[]).includes('cs-assistant'));
    const desk = () => rng.pick(desks.length ? desks : staff).id;
    const names = new Map(g.estate.people.map((p) => [p.id, p.name]));
    const homes = g.estate.units.filter((u) => u.type !== 'parking' && (u.owners ?? []).length);
    if (!homes.length) return;
    const days = demo ? 30 : Math.min(g.estate.history.periods.length * 30, 1095);
    const perDay = demo ? 3 : 9;
    const seq = new Map<string, number>();
    const items: MailItem[] = [];
    const make = (day: string, minute = rng.int(9 * 60, 17 * 60 + 59)): MailItem => {
      const year = day.slice(0, 4);
      const n = (seq.get(year) ?? 0) + 1;
      seq.set(year, n);
      const u = rng.pick(homes);
      const people = [...(u.owners ?? []), ...(u.residents ?? [])].map((x) => x.person);
      const [carrier, , head] = weighted(rng, CARRIERS) as [MailCarrier, number, string];
      const type = weighted(rng, TYPES)[0] as MailType;
      const at = T(day, Math.floor(minute / 60), minute % 60);
      return {
        kind: 'mail-item',
        id: `YJ${year}-${String(n).padStart(4, '0')}`,
        received_at: at,
        carrier: type === 'registered' || type === 'printed' || type === 'official' ? 'china-post' : carrier,
        type,
        ...(type === 'letter' || type === 'printed' ? {} : { tracking: `${head}${rng.digits(12)}` }),
        unit: u.id,
        addressee: names.get(rng.pick(people)) ?? '业主',
        ...(type === 'parcel' ? {} : { sender: rng.pick(SENDERS) }),
        ...(type === 'parcel' ? { place: `货架${String.fromCharCode(65 + rng.int(0, 3))}-${rng.int(1, 8)}` } : {}),
        received_by: desk(),
        notices: [{ at: T(day, 18, 0), how: rng.chance(0.7) ? 'slip' : 'sms', by: desk() }],
      } as MailItem;
    };
    const collect = (m: MailItem, day: string, authorised = false) => {
      const u = homes.find((h) => h.id === m.unit)!;
      const owner = u.owners![0].person;
      const pick = rng.pick([...(u.owners ?? []), ...(u.residents ?? [])]);
      const signed = needsSignature(m.type) || rng.chance(0.5);
      const start = Date.parse(m.received_at);
      let at = T(day, rng.int(8, 20), rng.int(0, 59));
      if (Date.parse(at) <= start) at = T(addDays(day, 1), 9, rng.int(0, 59));
      m.collected = authorised
        ? {
            at,
            name: rng.pick(HELPERS),
            as: 'authorised',
            authorised_by: owner,
            authorisation: rng.chance(0.5) ? '业主电话确认' : '业主书面授权书',
            signed: true,
            id_checked: true,
            id_type: '身份证',
            by: desk(),
          }
        : {
            at,
            name: names.get(pick.person) ?? pick.person,
            person: pick.person,
            as: (u.owners ?? []).some((o) => o.person === pick.person) ? 'owner' : 'resident',
            signed,
            id_checked: signed,
            ...(signed ? { id_type: '身份证' } : {}),
            by: desk(),
          };
    };
    // the stories the demo shows: three waiting past the 3-day reminder (one reminded by phone), one returned
    const stories: Record<number, (m: MailItem, day: string) => void> = {
      4: (m, day) => m.notices!.push({ at: T(addDays(day, 3), 10, 0), how: 'reminder', by: desk() }),
      5: () => undefined,
      7: () => undefined,
      20: (m, day) => {
        m.notices!.push({ at: T(addDays(day, 3), 10, 0), how: 'reminder', by: desk() });
        m.returned = { on: addDays(asOf, -5), reason: '逾期未领（15 天）', by: desk() };
      },
    };
    for (let d = days; d >= 0; d--) {
      const day = addDays(asOf, -d);
      const n = rng.int(Math.max(0, perDay - 2), perDay + 2);
      // the day's arrivals in time order, so the register's numbers follow the clock
      const minutes = Array.from({ length: n }, () => rng.int(9 * 60, 17 * 60 + 59)).sort((a, b) => a - b);
      for (const minute of minutes) {
        const m = make(day, minute);
        items.push(m);
        const wait = rng.pick([0, 0, 0, 1, 1, 1, 2, 2]);
        if (d - wait >= 1 || (d >= 1 && rng.chance(0.5))) collect(m, addDays(day, Math.min(wait, d)), rng.chance(0.03));
      }
      if (stories[d]) {
        const m = make(day, 18 * 60 + 5);
        stories[d](m, day);
        items.push(m);
      }
    }
    for (const m of items) g.out.record(relPath('mail-item', m.id), m as unknown as Record<string, unknown>);
  },
};
