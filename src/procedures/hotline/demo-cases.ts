// A month of desk work on the project's demo estate (records/hotline, records/complaints; issue 13): the
// everyday calls of 2026-10-28 to 2026-11-27 drawn from the seed, and ten complaints told step by step —
// closed ones (one not valid and referred on, one visited unsatisfied and handled again, a major one
// reported upward the same day, one answered late), one resolved awaiting its return visit, one being
// handled, one whose feedback is overdue, a major one received at night by the security post whose upward
// report is overdue, and a new one. The demo's today is Saturday 2026-11-28.
// e.g. demoDesk(env, g) → Desk (finish() numbers the calls RX2026…-NNN and the complaints TS2026-0001 …)
import { addDays } from '../../core/dates.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { GenContext } from '../../kit/generate/context.js';
import { everydayCall, type Caller, type Staffing } from './calls-generator.js';
import { Desk, T, type DeskEnv, type Draft } from './desk-generator.js';

export function demoDesk(env: DeskEnv, g: GenContext): Desk {
  const staff = (id: string): StaffRecord => {
    const s = g.estate.staff.find((x) => x.id === id);
    if (!s) throw new Error(`desk demo: no staff ${id}`);
    return s;
  };
  const [director, manager, desk3, desk4, eng7, eng8, guard] = [
    'S001',
    'S002',
    'S003',
    'S004',
    'S007',
    'S008',
    'S009',
  ].map(staff);
  const people = new Map<string, PersonRecord>(g.estate.people.map((p) => [p.id, p]));
  const lived = g.estate.units.filter(
    (u) => u.type === 'residential' && (u.state === 'occupied' || u.state === 'let') && (u.owners ?? []).length,
  );
  const callerOf = (u: UnitRecord): Caller => {
    const person = u.owners![0].person;
    return { unit: u, person, phone: people.get(person)?.phones?.[0] };
  };
  const d = new Desk(env);
  const staffing: Staffing = { desk: [desk3, desk4], engineers: [eng7, eng8], security: [guard] };
  const rng = g.rng.fork('calls');
  const from = '2026-10-28';
  for (let day = from; day < env.asOf; day = addDays(day, 1)) {
    const n = rng.int(5, 9);
    for (let i = 0; i < n; i++) d.add(everydayCall(rng, day, staffing, () => callerOf(rng.pick(lived))));
  }

  // ---- the ten complaints ----
  const U = (i: number) => callerOf(lived[i % lived.length]);
  const complaint = (
    who: Caller | undefined,
    at: string,
    by: StaffRecord,
    request: string,
    intake: NonNullable<Draft['complaint']>['intake'],
    story: NonNullable<Draft['complaint']>['story'],
    o: { channel?: Draft['input']['channel']; place?: string; name?: string } = {},
  ) =>
    d.add({
      input: {
        at,
        channel: o.channel ?? 'phone',
        type: 'complaint',
        caller: who
          ? { person: who.person, ...(who.phone ? { phone: who.phone } : {}) }
          : { ...(o.name ? { name: o.name } : {}) },
        ...(who ? { unit: who.unit.id } : {}),
        ...(o.place ? { place: o.place } : {}),
        request,
        received_by: by.id,
      },
      complaint: { intake, by, story },
    });
  const normal = { severity: 'normal' as const, valid: true };

  // TS2026-0001 Wed 10-28: renovation noise upstairs at night — security keeps the hours; closed, satisfied.
  complaint(
    U(3),
    T('2026-10-28', '21:15'),
    guard,
    '楼上装修晚上九点多还在电钻施工，影响休息',
    { ...normal, category: 'renovation-nuisance' },
    (b) =>
      b
        .assign(T('2026-10-29', '08:40'), manager, { to: guard, note: '核实施工时间，责令施工单位按规定时间作业' })
        .feedback(T('2026-10-29', '10:30'), desk3, '已通知楼上装修施工单位，晚上 18:00 后不得进行噪音作业')
        .resolve(T('2026-10-30', '17:00'), guard, '施工单位已书面承诺遵守装修施工时间，连续两晚巡查无违规')
        .callback(T('2026-11-02', '10:00'), desk3, true, '晚上已经安静了')
        .close(T('2026-11-02', '10:05'), desk3),
  );
  // TS2026-0002 Fri 10-30: the water company's outage — not the center's; referred, answered, closed without a visit.
  complaint(
    U(11),
    T('2026-10-30', '09:05'),
    desk4,
    '小区停水一上午，没有提前通知',
    {
      category: 'facilities',
      severity: 'normal',
      valid: false,
      reason: '市政供水管网抢修停水，不属服务中心职责',
      referredTo: '长沙水业集团（96777）',
    },
    (b) =>
      b
        .feedback(T('2026-10-30', '09:20'), desk4, '系市政管网抢修，已告知供水公司电话及预计恢复时间 13:00')
        .resolve(T('2026-10-30', '13:30'), desk4, '供水已恢复；已在各单元公告栏张贴停水说明')
        .close(T('2026-11-02', '09:00'), manager),
  );
  // TS2026-0003 Tue 11-03: a repair done badly — visited unsatisfied, handled again by another engineer, closed.
  complaint(
    U(17),
    T('2026-11-03', '14:20'),
    desk3,
    '卫生间漏水维修了两次还在漏，维修工态度也不好',
    { ...normal, category: 'repairs' },
    (b) =>
      b
        .assign(T('2026-11-03', '15:00'), manager, { to: eng7, note: '明天上午上门复查' })
        .feedback(T('2026-11-04', '11:00'), desk3, '已安排设备维护部黄师傅明天上午上门复查，并向业主致歉')
        .resolve(T('2026-11-06', '16:00'), eng7, '更换卫生间地漏及止水节，闭水试验 24 小时无渗漏')
        .callback(T('2026-11-09', '10:00'), desk3, false, '楼下天花还是湿的')
        .assign(T('2026-11-09', '10:30'), manager, { to: eng8, note: '查楼下天花渗水源，必要时破拆检查' })
        .followUp(T('2026-11-10', '15:00'), eng8, '查明为给水管接头渗漏，已更换')
        .resolve(T('2026-11-11', '17:00'), eng8, '更换给水管接头，修补楼下天花，观察两天无渗漏')
        .callback(T('2026-11-13', '10:00'), desk3, true, '这次修好了')
        .close(T('2026-11-13', '10:10'), desk3),
  );
  // TS2026-0004 Tue 11-10: trapped in a lift for 40 minutes — major, reported to the director the same morning.
  complaint(
    U(24),
    T('2026-11-10', '08:15'),
    desk4,
    '电梯困人四十分钟才有人来，要求给个说法',
    { category: 'facilities', severity: 'major', valid: true },
    (b) =>
      b
        .escalate(T('2026-11-10', '09:00'), manager, '服务中心主任', '已电话报告周主任，并报电梯维保单位')
        .assign(T('2026-11-10', '09:10'), manager, { to: eng7, note: '会同电梯维保单位查明困人原因及响应迟缓原因' })
        .feedback(
          T('2026-11-10', '16:00'),
          manager,
          '主任已上门致歉；电梯维保单位正在检查，调查结果两日内答复',
          'visit',
        )
        .followUp(T('2026-11-12', '11:00'), eng7, '维保单位更换门机控制板；响应迟缓系值班电话转接不畅，已整改')
        .resolve(T('2026-11-16', '17:00'), director, '电梯已修复并经特检复检；困人应急响应流程已修订并培训')
        .callback(T('2026-11-18', '10:00'), manager, true, '处理得及时，希望以后不要再发生', 'visit')
        .close(T('2026-11-18', '10:30'), manager),
  );
  // TS2026-0005 Tue 11-17: overflowing bins — the environment department; the feedback came a day late.
  complaint(
    U(30),
    T('2026-11-17', '08:50'),
    desk3,
    '3 栋旁垃圾桶满溢两天没人清理，味道很大',
    { ...normal, category: 'cleaning' },
    (b) =>
      b
        .assign(T('2026-11-17', '09:30'), manager, { department: 'environment', note: '当天清运并增加清运频次' })
        .resolve(T('2026-11-19', '16:00'), desk3, '环境管理部已清运，该点改为每日两次清运')
        .feedback(T('2026-11-20', '09:00'), desk3, '已清运并将该点清运改为每日两次')
        .callback(T('2026-11-23', '10:00'), desk3, true)
        .close(T('2026-11-23', '10:05'), desk3),
  );
  // TS2026-0006 Thu 11-19: a parking space taken — resolved, the return visit still to make.
  complaint(
    U(38),
    T('2026-11-19', '19:40'),
    guard,
    '我的车位被别人的车占了，打电话也不挪',
    { ...normal, category: 'parking' },
    (b) =>
      b
        .assign(T('2026-11-20', '08:45'), manager, { to: guard, note: '联系占位车主挪车，加强车库巡查' })
        .feedback(T('2026-11-20', '10:00'), desk4, '已联系占位车主挪车，车库加强巡查')
        .resolve(T('2026-11-23', '18:00'), guard, '占位车辆已挪走，对占位车主进行了劝导登记'),
  );
  // TS2026-0007 Mon 11-23: the lawn behind building 2 — with the environment department, followed up.
  complaint(
    undefined,
    T('2026-11-23', '10:15'),
    desk4,
    '2 栋后面草坪被踩出一条路，黄土裸露，希望补种',
    { ...normal, category: 'landscaping' },
    (b) =>
      b
        .assign(T('2026-11-23', '11:00'), manager, { department: 'environment', note: '补种草皮并设置提示牌' })
        .feedback(T('2026-11-24', '15:00'), desk4, '环境管理部已排期补种，预计下周完成', 'wechat')
        .followUp(T('2026-11-26', '16:00'), desk4, '草皮已订购，下周二到货'),
    { channel: 'online', place: '2 栋北侧草坪', name: '2 栋业主（微信）' },
  );
  // TS2026-0008 Tue 11-24: a shop's noise at night — received, and nobody has answered: overdue since 11-27.
  complaint(
    U(45),
    T('2026-11-24', '15:20'),
    desk4,
    '楼下商铺每天晚上十一点后还在搬货，噪音很大',
    { ...normal, category: 'noise' },
    () => {},
  );
  // TS2026-0009 Thu 11-26: the garage flooded at night — major, received by the security post; assigned, but
  // never reported upward: overdue since 11-28 (due Fri 11-27).
  complaint(
    U(52),
    T('2026-11-26', '22:40'),
    guard,
    '地下车库进水，我的车被泡了，要求物业赔偿',
    { category: 'facilities', severity: 'major', valid: true },
    (b) =>
      b
        .assign(T('2026-11-27', '08:30'), manager, { to: eng7, note: '查明进水原因，排水泵检修，统计受损车辆' })
        .followUp(T('2026-11-27', '15:00'), eng7, '排水泵浮球开关故障，已更换；受损车辆 3 台'),
    { place: '地下车库 B 区' },
  );
  // TS2026-0010 Fri 11-27: the desk's manner — new; its feedback is due Tue 12-01.
  complaint(
    U(60),
    T('2026-11-27', '16:00'),
    desk3,
    '前台工作人员接电话态度冷淡，问了两次都说不清楚',
    { ...normal, category: 'service-attitude' },
    () => {},
    {
      channel: 'visit',
    },
  );
  return d;
}
