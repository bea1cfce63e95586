// The key register of the demo and benchmark estates (manual 三.12): public-area keys for each building
// (roof, meter rooms) and the plant rooms, every vacant or unsold unit's full set, and their loans over the
// last months — repairs, meter readings, viewings of vacant units —, all back the same day except one
// returned late and one still out and overdue at the as-of day (the demo's standard 12.2 shows it).
// e.g. wuye demo generate /tmp/estate (run after move-in, whose kept entrance keys are already written)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';
import type { Key, KeyLoan } from './rules.js';

const T = (date: string, hm: string) => `${date}T${hm}:00+08:00`;
const BORROWERS = ['王师傅', '李师傅', '张工', '刘师傅', '陈工', '赵师傅'];
const VIEWERS = ['周先生', '吴女士', '郑先生', '孙女士', '钱先生', '冯女士', '何先生', '许女士'];
const PURPOSES: Record<string, string[]> = {
  roof: ['天台防水检查', '天台设备维修', '太阳能热水器检修'],
  'meter-room': ['抄水电表', '电表箱检修', '管井漏水排查'],
  'plant-room': ['水泵房例行保养', '配电房巡检', '消防设备检测'],
  'unit-set': ['带客户看房', '空置房巡查', '空置房渗水检查'],
};

export const keyGenerator: KindGenerator = {
  name: 'key',
  run(g: GenContext) {
    const asOf = g.opts.asOf;
    const rng = g.rng;
    const staff = g.estate.staff.filter((s) => !s.active_to);
    const role = (r: string) => staff.filter((s) => (s.roles as string[]).includes(r));
    const desks = role('cs-assistant').length ? role('cs-assistant') : staff;
    const manager = (role('cs-manager')[0] ?? staff[0]).id;
    const engineers = role('engineer');
    const keys: Key[] = [];
    const since = g.estate.history.from;
    const buildings = g.estate.plans.filter((p) => p.type === 'residential').map((p) => p.code);
    const shelf = (i: number) =>
      `钥匙柜${String.fromCharCode(65 + Math.floor(i / 40))}-${String((i % 40) + 1).padStart(2, '0')}`;
    const add = (k: Omit<Key, 'kind' | 'state' | 'since' | 'place'> & { since?: string }) =>
      keys.push({ kind: 'key', ...k, place: shelf(keys.length), state: 'held', since: k.since ?? since } as Key);
    add({ id: 'K-PUB-PUMP', label: '水泵房', type: 'plant-room', count: 2 });
    add({ id: 'K-PUB-POWER', label: '配电房', type: 'plant-room', count: 2 });
    add({ id: 'K-PUB-FIRE', label: '消防控制室备用', type: 'plant-room', count: 1 });
    for (const b of buildings) {
      add({ id: `K-PUB-${b}-ROOF`, label: `${b}栋天台门`, type: 'roof', count: 2 });
      add({ id: `K-PUB-${b}-METER`, label: `${b}栋水电表房`, type: 'meter-room', count: 2 });
    }
    for (const u of g.estate.units)
      if ((u.state === 'vacant' || u.state === 'unsold') && u.type !== 'parking') {
        const id = `K-${u.id}`;
        if (existsSync(join(g.out.root, relPath('key', id)))) continue; // a kept entrance key of move-in
        add({
          id,
          label: `${u.id} 整套钥匙（${u.state === 'unsold' ? '未售' : '空置'}）`,
          type: 'unit-set',
          unit: u.id,
          count: 3,
          reason: u.state === 'unsold' ? '未售房屋，开发企业委托保管' : '空置房，业主委托保管供巡查看房',
          since: u.fee_start ?? since,
        });
      }

    // loans: about one every other day in the demo's last 60 days; the bench a few a day over its history
    const days = g.opts.profile === 'demo' ? 60 : Math.min(g.estate.history.periods.length * 30, 1095);
    const perDay = g.opts.profile === 'demo' ? 0.5 : Math.max(1, Math.round(keys.length / 60));
    const busy = new Set<string>(); // key@day: one loan a day each, and none on the stories' days below
    const roof = keys.find((k) => k.type === 'roof')!;
    const meter = keys.find((k) => k.type === 'meter-room')!;
    const late = addDays(asOf, -9);
    const yesterday = addDays(asOf, -1);
    for (const x of [
      `${roof.id}@${late}`,
      `${roof.id}@${addDays(late, 1)}`,
      `${meter.id}@${yesterday}`,
      `${meter.id}@${asOf}`,
    ])
      busy.add(x);
    for (let d = days; d >= 1; d--) {
      const day = addDays(asOf, -d);
      const n = perDay < 1 ? (rng.chance(perDay) ? 1 : 0) : rng.int(0, perDay * 2);
      for (let i = 0; i < n; i++) {
        const k = rng.pick(keys);
        if (busy.has(`${k.id}@${day}`)) continue;
        busy.add(`${k.id}@${day}`);
        const viewing = k.type === 'unit-set' && rng.chance(0.6);
        const h = rng.int(8, 15);
        const out = T(day, `${String(h).padStart(2, '0')}:${rng.pick(['05', '20', '35', '50'])}`);
        const back = T(
          day,
          `${String(Math.min(h + rng.int(1, 2), 17)).padStart(2, '0')}:${rng.pick(['10', '30', '45'])}`,
        );
        const desk = rng.pick(desks).id;
        const eng = engineers.length && !viewing && rng.chance(0.5) ? rng.pick(engineers) : undefined;
        const loan: KeyLoan = {
          to: viewing
            ? `${rng.pick(VIEWERS)}（看房，${rng.pick(desks).name}陪同）`
            : (eng?.name ?? rng.pick(BORROWERS)),
          ...(eng ? { staff: eng.id } : {}),
          purpose: viewing ? '带客户看房' : rng.pick(PURPOSES[k.type] ?? ['维修']),
          out,
          due: T(day, '18:00'),
          in: back,
          approved_by: k.type === 'plant-room' ? manager : desk,
          by: desk,
          received_by: desk,
          ...(viewing ? { ref: `vacant/${k.unit}` } : {}),
        };
        (k.loans ??= []).push(loan);
      }
    }
    // the stories standard 12.2 shows: one returned late, one out and overdue at the as-of day
    (roof.loans ??= []).push({
      to: '刘师傅',
      phone: '13907310001',
      purpose: '天台太阳能热水器安装',
      out: T(late, '14:00'),
      due: T(late, '18:00'),
      in: T(addDays(late, 1), '09:10'),
      approved_by: manager,
      by: desks[0].id,
      received_by: desks[0].id,
    });
    (meter.loans ??= []).push({
      to: '张工（电力公司）',
      phone: '13807312345',
      purpose: '更换电表',
      out: T(yesterday, '15:30'),
      due: T(yesterday, '18:00'),
      approved_by: manager,
      by: desks[0].id,
    });
    for (const k of keys) {
      k.loans?.sort((a, b) => Date.parse(a.out) - Date.parse(b.out));
      g.out.record(relPath('key', k.id), k as unknown as Record<string, unknown>);
    }
  },
};
