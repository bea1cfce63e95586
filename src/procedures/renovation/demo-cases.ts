// The ten renovation cases of the project's demo estate (records/renovation/, manual 四.3), told
// step by step (story.ts): the whole way in summer with a deduction; in progress with a missed
// inspection and a violation of hours; suspended after an open flame, with too few extinguishers;
// approved and signed, its deposit and debris fee paid at move-in; an overdue review; a decision due; returned by engineering; a tenant's shop
// with drawings missing; withdrawn; a shop's works completed. Staff, units and people are the demo's.
// e.g. demoCases(env, (id) => units.get(id)!, (id) => staff.get(id)!) → ZX2026-0001 … ZX2026-0010
import { nationalIdCheckChar } from '../../core/personal.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';
import { requiredDrawings, type Case, type Drawing } from './rules.js';
import { apply, CaseBuild, T, workdays, type Application, type Contractor, type Env } from './story.js';

const C1: Contractor = {
  company: '湖南匠心装饰工程有限公司',
  licence: '91430100MA4L2X7Q3K',
  manager: '刘建平',
  phone: '13787051234',
};
const C2: Contractor = {
  company: '长沙美居装饰设计有限公司',
  licence: '91430111MA4PB8R21D',
  manager: '周海',
  phone: '15874123456',
};
const C3: Contractor = {
  company: '湘城建筑装饰有限公司',
  licence: '91430103MA4T5K6N0C',
  manager: '彭志勇',
  phone: '18973145678',
};
const D: Drawing[] = ['floor-plan', 'electrical', 'water-drainage'];
const nid = (first17: string) => first17 + nationalIdCheckChar(first17);

export function demoCases(env: Env, unit: (id: string) => UnitRecord, staff: (id: string) => StaffRecord): Case[] {
  const [director, desk3, desk4, cashier, eng7, eng8, guard] = [
    'S001',
    'S003',
    'S004',
    'S005',
    'S007',
    'S008',
    'S009',
  ].map(staff);
  const { cal } = env;
  const out: CaseBuild[] = [];
  const open = (a: Omit<Application, 'id' | 'unit'> & { unit: string }, at: string, by: StaffRecord) => {
    const id = `ZX2026-${String(out.length + 1).padStart(4, '0')}`;
    const b = apply(env, { ...a, id, unit: unit(a.unit) }, at, by);
    out.push(b);
    return b;
  };
  const inspectOn = (b: CaseBuild, days: string[], hm: string, by: StaffRecord, findings: string, o = {}) => {
    for (const d of days) b.inspect(T(d, hm), by, findings, o);
  };
  const tidy = { extinguishers: 2, posted: true };

  // ZX2026-0001 · 2-1-0601: the whole way in summer: a debris violation rectified, refunded with a deduction, closed.
  let b = open(
    {
      unit: '2-1-0601',
      person: 'P000061',
      phone: '13907315521',
      contractor: C2,
      scope: ['walls', 'floors', 'kitchen', 'bathroom-waterproofing'],
      start: '2026-08-10',
      end: '2026-09-30',
      drawings: D,
    },
    T('2026-08-03', '09:20'),
    desk3,
  );
  b.review(T('2026-08-04', '16:10'), eng7, true, {
    conditions: '卫生间防水完成后做48小时闭水试验，经工程部检查后方可铺砖',
  });
  b.decide(T('2026-08-05', '10:00'), director, true, '同意');
  b.sign(T('2026-08-06', '09:30'), desk3, '业主本人', '周海');
  b.addWorker(T('2026-08-06', '09:40'), desk3, {
    name: '黄师傅',
    national_id: nid('43012119780312451'),
    trade: 'electrician',
    certificate: 'T430121197803124512',
    phone: '13548712345',
  });
  b.addWorker(T('2026-08-06', '09:45'), desk3, {
    name: '罗师傅',
    national_id: nid('43010519820907233'),
    trade: 'tiler',
  });
  b.pay(T('2026-08-06', '10:00'), cashier, '0002101');
  b.permit(T('2026-08-06', '10:20'), desk3);
  b.start(T('2026-08-10', '08:30'), guard);
  const routine = '现场整洁，门窗关闭，按规定施工';
  inspectOn(
    b,
    ['10', '11', '12', '13', '14', '17', '18', '19'].map((d) => `2026-08-${d}`),
    '10:30',
    eng7,
    routine,
    tidy,
  );
  b.violation(T('2026-08-19', '14:30'), guard, {
    kind: 'debris',
    what: '装修垃圾堆放在楼道，未按时清运',
    action: 'rectify',
    deadline: '2026-08-20',
  });
  b.inspect(T('2026-08-20', '10:30'), eng7, '楼道垃圾已清运', tidy);
  b.rectify(T('2026-08-20', '11:00'), guard, 'ZX2026-0001-V01');
  inspectOn(
    b,
    ['21', '24', '25', '26', '27', '28', '31'].map((d) => `2026-08-${d}`),
    '10:30',
    eng7,
    routine,
    tidy,
  );
  b.complete(T('2026-09-01', '17:00'), desk3);
  b.accept(T('2026-09-03', '10:00'), eng7, true, [
    { item: '承重结构及外立面', ok: true },
    { item: '卫生间闭水试验', ok: true },
    { item: '公共部位', ok: false, note: '楼道墙面有划痕，已由施工单位修补' },
  ]);
  b.refundApprove(T('2026-09-04', '09:30'), director, [{ reason: '楼道墙面修补材料费', amount: '150.00' }]);
  b.refundPay(T('2026-09-04', '15:00'), cashier, 'TK20260904-01');
  b.plain(T('2026-09-04', '15:10'), desk3, 'close');

  // ZX2026-0002 · 1-1-0102: in progress since 11-16, no inspection on 11-25, a violation of hours with a deduction.
  b = open(
    {
      unit: '1-1-0102',
      person: 'P000002',
      contractor: C1,
      scope: ['walls', 'floors', 'water-electric', 'ceilings'],
      start: '2026-11-16',
      end: '2027-01-20',
      drawings: D,
    },
    T('2026-11-09', '10:05'),
    desk4,
  );
  b.review(T('2026-11-10', '15:40'), eng8, true, { conditions: '强电改造须由持证电工施工并预留检修口' });
  b.decide(T('2026-11-11', '09:15'), director, true);
  b.sign(T('2026-11-12', '10:00'), desk4, '业主本人', '刘建平');
  b.addWorker(T('2026-11-12', '10:10'), desk4, {
    name: '张国强',
    national_id: nid('43012419800518321'),
    trade: 'electrician',
    certificate: 'T430124198005183216',
    phone: '13974812345',
  });
  b.addWorker(T('2026-11-12', '10:12'), desk4, {
    name: '李木生',
    national_id: nid('43052119751102457'),
    trade: 'carpenter',
  });
  b.pay(T('2026-11-12', '10:30'), cashier, '0002388');
  b.permit(T('2026-11-12', '11:00'), desk4);
  b.start(T('2026-11-16', '08:20'), guard);
  const fine = '按规定施工，现场整洁';
  inspectOn(
    b,
    ['16', '17', '18', '19', '20', '23', '24'].map((d) => `2026-11-${d}`),
    '14:40',
    eng8,
    fine,
    tidy,
  );
  b.violation(T('2026-11-26', '08:50'), guard, {
    kind: 'hours',
    seen: T('2026-11-25', '12:35'),
    what: '午休时间使用电锤开槽，邻居投诉',
    action: 'deduct',
    deduction: '200.00',
  });
  inspectOn(b, ['2026-11-26', '2026-11-27'], '14:40', eng8, fine, tidy);

  // ZX2026-0003 · 1-2-0302: in progress, too few extinguishers, then suspended after an open flame.
  b = open(
    {
      unit: '1-2-0302',
      person: 'P000033',
      contractor: C3,
      scope: ['walls', 'floors', 'kitchen', 'windows-balcony'],
      start: '2026-10-26',
      end: '2026-12-31',
      drawings: D,
      debris: true,
    },
    T('2026-10-19', '09:00'),
    desk3,
  );
  b.review(T('2026-10-20', '16:00'), eng7, true);
  b.decide(T('2026-10-21', '10:30'), director, true);
  b.sign(T('2026-10-22', '09:00'), desk3);
  b.addWorker(T('2026-10-22', '09:10'), desk3, {
    name: '谢卫东',
    national_id: nid('43010419790623115'),
    trade: 'welder',
    certificate: 'T430104197906231156',
  });
  b.pay(T('2026-10-22', '09:20'), cashier, '0002240');
  b.permit(T('2026-10-22', '09:40'), desk3);
  b.start(T('2026-10-26', '08:30'), guard);
  inspectOn(b, workdays(cal, '2026-10-26', '2026-11-20'), '09:50', eng7, '现场正常', { extinguishers: 3 });
  b.inspect(T('2026-11-23', '10:00'), eng7, '阳台焊接未设防火措施，已制止', { extinguishers: 1 });
  b.violation(T('2026-11-23', '10:20'), eng7, {
    kind: 'open-flame',
    what: '阳台焊接护栏时未清理周边易燃物、未设看火人',
    action: 'suspend',
  });
  b.inspect(T('2026-11-24', '10:00'), eng7, '停工整改中');

  // ZX2026-0004 · 3-2-0201: the owner paid the renovation deposit and the debris fee at move-in (11-20), so the
  // case holds them from the fee account (四.2 4.5 3); approved on 11-25, the agreement signed; waiting for
  // workers and the management fee.
  b = open(
    {
      unit: '3-2-0201',
      person: 'P000123',
      contractor: C2,
      scope: ['walls', 'floors'],
      start: '2026-12-01',
      end: '2027-01-31',
      drawings: D,
    },
    T('2026-11-23', '14:00'),
    desk4,
  );
  b.review(T('2026-11-24', '11:00'), eng8, true);
  b.decide(T('2026-11-25', '09:30'), director, true);
  b.sign(T('2026-11-26', '15:00'), desk4, '业主本人', '周海');

  // ZX2026-0005 · 3-1-0102: received Tue 11-24, the review was due Thu 11-26 — overdue.
  open(
    {
      unit: '3-1-0102',
      person: 'P000101',
      contractor: C1,
      scope: ['walls', 'floors', 'bathroom-waterproofing', 'water-electric'],
      start: '2026-12-07',
      end: '2027-02-28',
      drawings: D,
    },
    T('2026-11-24', '10:30'),
    desk3,
  );

  // ZX2026-0006 · 3-1-0202: reviewed Fri 11-27, the director's decision due Mon 11-30.
  b = open(
    {
      unit: '3-1-0202',
      person: 'P000104',
      contractor: C3,
      scope: ['walls', 'floors'],
      start: '2026-12-05',
      end: '2027-01-15',
      drawings: D,
    },
    T('2026-11-25', '09:00'),
    desk4,
  );
  b.review(T('2026-11-27', '16:30'), eng7, true, { conditions: '不得拆改客厅与阳台之间的墙体' });

  // ZX2026-0007 · 3-2-0501: returned by engineering with reasons.
  b = open(
    {
      unit: '3-2-0501',
      person: 'P000129',
      contractor: C2,
      scope: ['walls', 'bathroom-waterproofing', 'water-electric'],
      start: '2026-12-01',
      end: '2027-01-10',
      drawings: D,
    },
    T('2026-11-23', '09:30'),
    desk3,
  );
  b.review(T('2026-11-24', '17:00'), eng8, false, {
    reasons: '拟拆除卫生间与主卧之间墙体，图纸未注明是否为承重墙；电气图未标明负荷，请补充后重新申请',
  });

  // ZX2026-0008 · S1-1-103, a shop let to a tenant with the owner's written consent: a special project, drawings missing.
  open(
    {
      unit: 'S1-1-103',
      person: 'P000144',
      tenant: true,
      contractor: C3,
      scope: ['shopfront', 'walls', 'floors', 'water-electric', 'air-conditioning'],
      start: '2026-12-10',
      end: '2027-01-20',
      drawings: D,
    },
    T('2026-11-27', '11:00'),
    desk3,
  );

  // ZX2026-0009 · 1-1-0802: withdrawn by the owner.
  b = open(
    {
      unit: '1-1-0802',
      person: 'P000024',
      contractor: C1,
      scope: ['floors'],
      start: '2026-11-10',
      end: '2026-12-10',
      drawings: D,
    },
    T('2026-11-02', '10:00'),
    desk4,
  );
  b.plain(T('2026-11-03', '09:00'), desk4, 'withdraw', '业主决定暂缓装修');

  // ZX2026-0010 · S1-1-102, a shop (owner): completed, awaiting acceptance.
  b = open(
    {
      unit: 'S1-1-102',
      person: 'P000142',
      contractor: C1,
      scope: ['shopfront', 'walls', 'floors', 'ceilings'],
      start: '2026-09-21',
      end: '2026-11-20',
      drawings: requiredDrawings(true),
    },
    T('2026-09-14', '10:00'),
    desk3,
  );
  b.review(T('2026-09-15', '15:00'), eng7, true, { conditions: '招牌样式须符合商业街统一标准' });
  b.decide(T('2026-09-16', '10:00'), director, true);
  b.sign(T('2026-09-16', '14:00'), desk3);
  b.addWorker(T('2026-09-16', '14:10'), desk3, {
    name: '胡志明',
    national_id: nid('43022419850416213'),
    trade: 'electrician',
    certificate: 'T430224198504162131',
  });
  b.pay(T('2026-09-16', '14:20'), cashier, '0002160');
  b.permit(T('2026-09-16', '14:40'), desk3);
  b.start(T('2026-09-21', '08:30'), guard);
  inspectOn(b, workdays(cal, '2026-09-21', '2026-11-19'), '11:00', eng8, '现场正常', {
    extinguishers: 3,
    posted: true,
  });
  b.complete(T('2026-11-20', '17:00'), desk3);

  return out.map((x) => x.c);
}
