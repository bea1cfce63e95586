// The one catalog of labels for the lowercase codes stored in records
// (records.md "Values": enumerations are ASCII codes; their Chinese labels
// come from one catalog used by forms, reports and messages).
import { msg, t, type Msg } from './i18n.js';

export const LABELS: Record<string, Record<string, Msg>> = {
  unitType: {
    residential: msg('住宅', 'residential'),
    shop: msg('商铺', 'shop'),
    office: msg('办公', 'office'),
    parking: msg('车位', 'parking'),
    storage: msg('储藏室', 'storage'),
  },
  unitState: {
    unsold: msg('未售', 'unsold'),
    vacant: msg('空置', 'vacant'),
    'handed-over': msg('已交付', 'handed over'),
    renovating: msg('装修中', 'renovating'),
    occupied: msg('已入住', 'occupied'),
    let: msg('出租', 'let'),
  },
  gender: { male: msg('男', 'male'), female: msg('女', 'female') },
  department: {
    management: msg('服务中心', 'management'),
    'customer-service': msg('用户服务部', 'customer service'),
    engineering: msg('设备维护部', 'engineering'),
    security: msg('秩序维护部', 'security'),
    environment: msg('环境管理部', 'environment'),
    finance: msg('财务', 'finance'),
  },
  role: {
    director: msg('服务中心主任', 'director'),
    'cs-manager': msg('用户服务部经理', 'CS manager'),
    'cs-assistant': msg('客服助理', 'CS assistant'),
    cashier: msg('内勤助理', 'cashier'),
    storekeeper: msg('财务内勤', 'storekeeper'),
    engineer: msg('工程', 'engineer'),
    security: msg('秩序维护', 'security'),
  },
  payMethod: {
    cash: msg('现金', 'cash'),
    card: msg('银行卡', 'bank card'),
    wechat: msg('微信支付', 'WeChat Pay'),
    alipay: msg('支付宝', 'Alipay'),
    transfer: msg('银行转账', 'bank transfer'),
  },
  feeKind: {
    periodic: msg('周期性', 'periodic'),
    metered: msg('计量', 'metered'),
    'one-off': msg('一次性', 'one-off'),
    deposit: msg('押金', 'deposit'),
    'pass-through': msg('代收代付', 'pass-through'),
  },
  feeRule: {
    'per-area-month': msg('元/平方米·月', 'yuan per m² per month'),
    'per-unit-month': msg('元/户·月', 'yuan per unit per month'),
    'per-space-month': msg('元/车位·月', 'yuan per space per month'),
    'per-reading': msg('元/计量单位', 'yuan per reading unit'),
    fixed: msg('元/次', 'yuan each'),
  },
  adjustmentType: {
    waiver: msg('减免', 'waiver'),
    'late-fee-waiver': msg('滞纳金减免', 'late-fee waiver'),
    correction: msg('更正', 'correction'),
    refund: msg('退款', 'refund'),
    prepayment: msg('预存抵扣', 'prepayment applied'),
    'deposit-refund': msg('退押金', 'deposit refund'),
  },
  renovationState: {
    applied: msg('已申请', 'applied'),
    'under-review': msg('工程审核中', 'under review'),
    rejected: msg('审核退回', 'returned by engineering'),
    reviewed: msg('待主任审批', 'reviewed'),
    'director-rejected': msg('主任退回', 'returned by the director'),
    approved: msg('已批准', 'approved'),
    permitted: msg('已发许可证', 'permit issued'),
    'in-progress': msg('施工中', 'in progress'),
    suspended: msg('停工', 'suspended'),
    completed: msg('已完工', 'completed'),
    accepted: msg('验收合格', 'accepted'),
    refunded: msg('押金已退', 'deposit refunded'),
    closed: msg('已结案', 'closed'),
    withdrawn: msg('已撤回', 'withdrawn'),
  },
  renovationApplicant: { owner: msg('业主', 'owner'), tenant: msg('租户', 'tenant') },
  renovationScope: {
    walls: msg('墙面', 'walls'),
    floors: msg('地面', 'floors'),
    ceilings: msg('吊顶', 'ceilings'),
    'water-electric': msg('水电改造', 'water and electrics'),
    kitchen: msg('厨房', 'kitchen'),
    'bathroom-waterproofing': msg('卫生间防水', 'bathroom waterproofing'),
    'air-conditioning': msg('空调安装', 'air-conditioning'),
    'windows-balcony': msg('门窗/阳台', 'windows and balcony'),
    doors: msg('户门', 'doors'),
    shopfront: msg('店面招牌', 'shopfront'),
    other: msg('其他', 'other'),
  },
  renovationDrawing: {
    'floor-plan': msg('平面图', 'floor plan'),
    elevations: msg('立面图', 'elevations'),
    'air-conditioning': msg('空调图', 'air-conditioning'),
    electrical: msg('电气照明图（含负荷）', 'electrical and lighting (with load)'),
    'water-drainage': msg('给排水图', 'water supply and drainage'),
    materials: msg('技术资料', 'technical materials'),
  },
  renovationTrade: {
    electrician: msg('电工', 'electrician'),
    welder: msg('焊工', 'welder'),
    plumber: msg('水工', 'plumber'),
    mason: msg('泥瓦工', 'mason'),
    carpenter: msg('木工', 'carpenter'),
    painter: msg('油漆工', 'painter'),
    tiler: msg('贴砖工', 'tiler'),
    labourer: msg('杂工', 'labourer'),
    other: msg('其他', 'other'),
  },
  renovationCharge: {
    deposit: msg('装修押金', 'renovation deposit'),
    'management-fee': msg('装修管理费', 'renovation management fee'),
    'debris-fee': msg('垃圾清运费', 'debris removal fee'),
    'pass-fee': msg('出入证工本费', 'pass fee'),
    'pass-deposit': msg('出入证押金', 'pass deposit'),
  },
  renovationViolation: {
    'permit-not-posted': msg('未张贴施工许可证', 'permit not posted'),
    hours: msg('违规施工时间', 'work outside permitted hours'),
    'beyond-scope': msg('超出批准范围施工', 'work beyond the approved scope'),
    'corridor-doors-open': msg('通向公共通道的门窗未关闭', 'doors to public corridors open'),
    'balcony-storage': msg('阳台堆放装修物品/易燃物', 'materials or flammables on the balcony'),
    'open-flame': msg('现场使用明火', 'open flame'),
    'loose-wiring': msg('乱拉电线', 'loose wiring'),
    'uncertified-worker': msg('无证特种作业', 'special work without a certificate'),
    extinguishers: msg('灭火器配置不足', 'too few extinguishers'),
    debris: msg('垃圾未按时按地清运', 'debris not removed as set'),
    'agreement-breach': msg('违反装修协议', 'breach of the agreement'),
    other: msg('其他', 'other'),
  },
  renovationAction: {
    rectify: msg('限期整改', 'rectify by the deadline'),
    deduct: msg('扣除押金', 'deduct from the deposit'),
    suspend: msg('停水停电、停工整改', 'suspend water and electricity'),
  },
  document: {
    passport: msg('护照', 'passport'),
    'hk-macau-permit': msg('港澳通行证', 'HK/Macau permit'),
    'taiwan-permit': msg('台胞证', 'Taiwan permit'),
    'foreign-residence-permit': msg('外国人居留证', 'foreign residence permit'),
  },
  moveinState: {
    planned: msg('已预约', 'planned'),
    notified: msg('已通知', 'notified'),
    'documents-checked': msg('资料已查验', 'documents checked'),
    inspected: msg('已验房', 'inspected'),
    rectifying: msg('整改中', 'rectifying'),
    reinspected: msg('已复验', 're-inspected'),
    'fees-paid': msg('已交费', 'fees paid'),
    'keys-issued': msg('已领钥匙', 'keys issued'),
    completed: msg('入伙完成', 'completed'),
  },
  moveinDocument: {
    'purchase-contract': msg('购房协议原件', 'purchase contract (original)'),
    'owner-id': msg('业主身份证原件', "owner's id card (original)"),
    'household-ids': msg('家庭成员身份证原件', "household members' id cards"),
    'company-licence': msg('单位营业执照副本', 'company business licence (copy)'),
    'power-of-attorney': msg('委托书', 'power of attorney'),
    photos: msg('一寸彩照（每人 2 张）', 'one-inch photos (2 per person)'),
    'steps-form': msg('收楼手续步骤表', 'move-in steps form'),
  },
  moveinCapacity: {
    owner: msg('业主本人', 'owner'),
    agent: msg('受托人', 'agent'),
    company: msg('单位经办人', 'company representative'),
  },
  inspectionResult: {
    signed: msg('签字确认', 'signed'),
    refused: msg('拒绝签字', 'refused'),
    passed: msg('复验合格', 'passed'),
    failed: msg('复验不合格', 'failed'),
  },
  defectCategory: {
    wall: msg('墙面', 'walls'),
    floor: msg('地面', 'floor'),
    ceiling: msg('天花', 'ceiling'),
    'door-window': msg('门窗', 'doors & windows'),
    plumbing: msg('给排水', 'plumbing'),
    electrical: msg('电气', 'electrical'),
    waterproofing: msg('防水渗漏', 'waterproofing'),
    fixtures: msg('设施配件', 'fixtures'),
    gas: msg('燃气', 'gas'),
    other: msg('其他', 'other'),
  },
  defectStatus: {
    open: msg('待整改', 'open'),
    done: msg('已整改待复验', 'done, awaiting re-inspection'),
    verified: msg('复验合格', 'verified'),
  },
  keyType: {
    entrance: msg('大门钥匙', 'entrance key'),
    room: msg('房门钥匙', 'room key'),
    mailbox: msg('信报箱钥匙', 'mailbox key'),
    'door-card': msg('门禁卡', 'door card'),
    'meter-box': msg('电表箱钥匙', 'meter box key'),
    other: msg('其他钥匙', 'other key'),
  },
  agreement: {
    covenant: msg('业主临时管理规约', "temporary owners' covenant"),
    'service-agreement': msg('前期物业服务协议', 'preliminary property service agreement'),
    safety: msg('业主/住户安全责任书', 'safety responsibility letter'),
  },
  handout: {
    handbook: msg('业主手册', "owner's handbook"),
    covenant: msg('业主临时管理规约（已签）', 'temporary covenant (signed)'),
    'service-agreement': msg('前期物业服务协议（已签）', 'service agreement (signed)'),
    safety: msg('业主/住户安全责任书（已签）', 'safety letter (signed)'),
    'usage-manual': msg('住宅使用说明书', 'home usage manual'),
    'quality-guarantee': msg('住宅质量保证书', 'home quality guarantee'),
    'civility-pact': msg('居民精神文明建设公约', "residents' civility pact"),
  },
  feeStatus: { collected: msg('已收', 'collected'), deferred: msg('缓交', 'deferred') },
};

// Fee item codes other procedures book on a unit's fee account without an item in wuye.yaml: renovation's
// charges (renovation/money.ts feeItemCode and depositCode), so a receipt or statement names them in words.
LABELS.feeItem = Object.fromEntries(Object.entries(LABELS.renovationCharge).map(([k, v]) => [`renovation-${k}`, v]));

/** The label of a code in the current language (the code itself when unknown). */
export function label(catalog: keyof typeof LABELS | string, code: string | undefined): string {
  if (code === undefined) return '';
  const m = LABELS[catalog]?.[code];
  return m ? t(m) : code;
}

export function labelZh(catalog: string, code: string | undefined): string {
  if (code === undefined) return '';
  return LABELS[catalog]?.[code]?.zh ?? code;
}
