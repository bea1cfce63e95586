// The everyday calls of a generated desk (hotline/generator.ts; manual 三.6.6): repairs, help, enquiries and
// suggestions by phone, visit, WeChat, letter and the suggestion box, through the day and at night (when
// the security post answers the phone), each received by whoever is on duty and answered on the spot or
// handed to the colleague who deals with it (首问责任制). Drawn from the seed.
// e.g. everydayCall(rng, '2026-11-03', staffOn, units, people) → Draft
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { Rng } from '../../kit/generate/rng.js';
import type { DeskChannel } from '../../core/enums.gen.js';
import { T, type Draft } from './desk-generator.js';

const REPAIRS = [
  '厨房水龙头漏水',
  '卫生间下水道堵塞',
  '客厅灯不亮，开关跳闸',
  '阳台地漏反味',
  '入户门锁芯坏了',
  '空调冷凝水管滴水到楼下',
  '热水器打不着火',
  '卧室墙面有渗水痕迹',
  '可视对讲门铃不响',
];
const HELP: [string, 'security' | 'engineer' | 'answer'][] = [
  ['钥匙锁在家里，请求协助联系开锁', 'security'],
  ['楼道声控灯坏了，晚上很黑', 'engineer'],
  ['电梯停在 9 楼不动', 'engineer'],
  ['有陌生人在单元门口徘徊', 'security'],
  ['家里老人走失，请求查看监控', 'security'],
  ['快递柜打不开，取不出包裹', 'answer'],
];
const ENQUIRIES: [string, string][] = [
  ['物业费的缴费方式和时间', '可在服务中心现金、刷卡或微信缴费，每月 15 日前缴清当月费用'],
  ['装修需要办理什么手续', '业主携身份证、施工单位资质和图纸到服务中心申请，资料齐全后 2 个工作日内审核'],
  ['停车月卡怎么办理', '携行驶证、身份证到服务中心登记办理'],
  ['本周停水通知的具体时间', '周四 9:00–15:00 二次供水水箱清洗，请提前储水'],
  ['入伙需要带哪些资料', '入伙通知书、购房合同、身份证原件及复印件'],
  ['出租房屋需要办理什么登记', '租户携身份证到服务中心登记，业主书面同意'],
  ['小区快递代收点在哪里', '在 2 栋一楼服务中心旁，8:00–21:00'],
];
const SUGGESTIONS = [
  '建议小区增设电动车充电桩',
  '建议延长游泳池开放时间',
  '建议在 2 栋门口加装雨棚',
  '建议儿童游乐区增加遮阳设施',
  '建议垃圾分类点增加洗手池',
];

const CHANNELS: [DeskChannel, number][] = [
  ['phone', 70],
  ['visit', 20],
  ['online', 7],
  ['letter', 1.5],
  ['suggestion-box', 1.5],
];

export interface Staffing {
  /** Desk staff on duty that day (cs-assistants, the manager). */
  desk: readonly StaffRecord[];
  engineers: readonly StaffRecord[];
  security: readonly StaffRecord[];
}

export interface Caller {
  unit: UnitRecord;
  person: string;
  phone?: string;
}

const hm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A time of the day: mostly working hours, some evenings, a few at night. */
export function timeOfDay(rng: Rng): string {
  const slot = rng.weighted<[number, number]>([
    [[8, 12], 45],
    [[12, 14], 10],
    [[14, 18], 30],
    [[18, 22], 12],
    [[22, 31], 3],
  ]);
  const h = rng.int(slot[0], slot[1] - 1) % 24;
  return hm(h, rng.int(0, 59));
}

/** Who picks up at this hour: the desk in its hours, the security post at night. */
export const receiver = (rng: Rng, s: Staffing, time: string): StaffRecord => {
  const h = Number(time.slice(0, 2));
  return h >= 8 && h < 20 && s.desk.length ? rng.pick(s.desk) : rng.pick(s.security);
};

/** One everyday call (not a complaint) on `day`. */
export function everydayCall(rng: Rng, day: string, s: Staffing, caller: () => Caller): Draft {
  const time = timeOfDay(rng);
  const at = T(day, time);
  const by = receiver(rng, s, time);
  const channel = Number(time.slice(0, 2)) >= 8 && Number(time.slice(0, 2)) < 20 ? rng.weighted(CHANNELS) : 'phone';
  const who = caller();
  const base = {
    at,
    channel,
    caller: {
      person: who.person,
      ...(who.phone && channel !== 'letter' && channel !== 'suggestion-box' ? { phone: who.phone } : {}),
    },
    unit: who.unit.id,
    received_by: by.id,
  };
  const type = rng.weighted<'repair' | 'help' | 'enquiry' | 'suggestion'>([
    ['repair', 40],
    ['enquiry', 35],
    ['help', 15],
    ['suggestion', 10],
  ]);
  if (type === 'repair') {
    const eng = rng.pick(s.engineers);
    return {
      input: { ...base, type, request: rng.pick(REPAIRS) },
      outcome: { outcome: 'handed-over', handed_to: { to: eng.id, note: '已派工，与业主约定上门时间' } },
    };
  }
  if (type === 'help') {
    const [request, to] = rng.pick(HELP);
    if (to === 'answer')
      return {
        input: { ...base, type, request },
        outcome: { outcome: 'answered', answer: '已告知快递柜客服电话，并协助联系快递员' },
      };
    const st = rng.pick(to === 'security' ? s.security : s.engineers);
    return {
      input: { ...base, type, request },
      outcome: {
        outcome: 'handed-over',
        handed_to: { to: st.id, note: to === 'security' ? '请秩序维护部即到现场' : '请设备维护部即到现场' },
      },
    };
  }
  if (type === 'enquiry') {
    const [request, answer] = rng.pick(ENQUIRIES);
    return { input: { ...base, type, request }, outcome: { outcome: 'answered', answer } };
  }
  return {
    input: { ...base, type, request: rng.pick(SUGGESTIONS) },
    outcome: { outcome: 'answered', answer: '已记录并感谢建议，转用户服务部经理研究后答复' },
  };
}
