// The center's wuye.yaml for a generated or demo estate (records.md
// "Configuration"; manual 四.2 4.3.1 what to bring, 4.5 fees at move-in; 四.7/四.9
// fees): every section a center sets, with a Chinese comment on each, validated
// by schemas/config.schema.json.  e.g. configText(JUESHIXIANG)
import { addDays } from '../../core/dates.js';
import { scalar } from '../../core/yamlemit.js';

export interface CenterInfo {
  name: string;
  company: string;
  estate: string;
  address: string;
  developer: string;
  phones: { hotline: string; service: string; complaints: string };
  bank: { name: string; account: string; holder: string };
}

/** The demo center: the manual's own 爵士湘 service center. */
export const JUESHIXIANG: CenterInfo = {
  name: '爵士湘物业服务中心',
  company: '湖南爵士湘物业服务有限公司',
  estate: '爵士湘花园',
  address: '湖南省长沙市雨花区韶山中路 388 号爵士湘花园 2 栋一楼',
  developer: '湖南爵士湘置业有限公司',
  phones: { hotline: '0731-85286666', service: '0731-85286688', complaints: '0731-85286699' },
  bank: {
    name: '中国建设银行长沙韶山路支行',
    account: '4305 0161 3608 0000 2517',
    holder: '湖南爵士湘物业服务有限公司',
  },
};

const q = scalar;

/** The completion acceptance (竣工验收合格) of a building: some weeks before its handover. */
export const acceptedBefore = (handover: string) => addDays(handover, -53);

/** wuye.yaml `warranty` of a generated estate: each building's completion acceptance (the contractor's clock). */
function warrantyText(plans: readonly { code: string; handover: string }[]): string {
  const seen = new Map<string, string>();
  for (const p of plans) if (!seen.has(p.code)) seen.set(p.code, acceptedBefore(p.handover));
  const lines = [...seen].map(([code, d]) => `    ${JSON.stringify(code)}: ${d}`);
  return `
# 房屋质量保修（建设工程质量管理条例第四十条；商品房销售管理办法第三十三条）
warranty:
  completion_accepted:            # 各栋竣工验收合格日期：施工单位的保修期自此起算
${lines.join('\n')}
  # 各部位保修期取条例第四十条的默认值（屋面、卫生间防水和外墙 5 年，电气、给排水、设备、装修 2 年，
  # 供热供冷 2 个采暖期/供冷期，主体结构为设计使用年限）；开发企业承诺更长的写在 developer_periods
  developer_workdays: 10          # 转交开发企业后默认的整改期限（工作日）
`;
}

export function configText(c: CenterInfo, plans: readonly { code: string; handover: string }[] = []): string {
  return `# ${c.estate} · ${c.name} — 服务中心配置（wuye.yaml）
# 每个字段的含义和默认值见 wuye 项目的 schemas/config.schema.json；未写的项取默认值。
# 修改后运行 wuye validate 检查。金额为两位小数的字符串（"2.10"），日期为 YYYY-MM-DD。
format: 1

# 服务中心：表单抬头、通知书落款、对账单上的收款账户都取自这里
center:
  name: ${q(c.name)}            # 服务中心名称（表头）
  company: ${q(c.company)}      # 物业服务企业（协议、收据落款）
  estate: ${q(c.estate)}                    # 小区名称
  address: ${q(c.address)}   # 入伙通知书上写明的办公地点（手册 四.2 4.2.2.1）
  developer: ${q(c.developer)}  # 开发企业（入伙由开发企业营销部发通知、财务部收尾款）
  phones:
    hotline: ${q(c.phones.hotline)}      # 24 小时服务电话（报修、紧急事件）
    service: ${q(c.phones.service)}      # 服务台（办理业务）
    complaints: ${q(c.phones.complaints)}   # 投诉电话
  bank:                           # 对账单、催缴通知书上印的收款账户
    name: ${q(c.bank.name)}
    account: ${q(c.bank.account)}
    holder: ${q(c.bank.holder)}

timezone: Asia/Shanghai           # “今天”和各项期限按此时区计算
prefixes:                         # 案卷编号前缀，如 ZX2026-0007（装修）、TS2026-0042（投诉）
  renovation: ZX
  complaint: TS
  repair: BX
  reception: JD
  emergency: JJ
  expense: BZ
lock_wait_seconds: 15             # 写命令等待记录库锁的秒数（另一位同事正在写入时）
templates: templates              # 表单模板覆盖目录（相对记录库）；空目录表示用 wuye 自带模板

pdf:                              # 打印字体（@embedpdf/fonts-sc 中的名称，或记录库内的字体文件）
  font: NotoSansHans-Regular
  bold_font: NotoSansHans-Medium

# 收费（手册 四.7、四.9；价目表须在服务中心公示，三.7.5）
fees:
  cycle: monthly                  # 按月计费
  due_day: 15                     # 每期 15 日前缴清（当月费用）
  proration: prorate              # 首月按天折算：起算日至月末的天数 ÷ 当月天数
  items:
    # 物业管理费：按建筑面积 × 单价（元/m²/月），住宅与商铺单价不同。
    # 2026 年起住宅单价经业主大会表决、报价格主管部门备案后由 1.80 调为 2.10；
    # 每期账单按该期生效的单价计算，旧单价保留在这里以便核对历史账单。
    - code: mgmt-residential
      name: 物业管理费（住宅）
      kind: periodic
      rule: per-area-month
      unit_types: [residential]
      basis: 前期物业服务协议第五条；长发改价服〔2016〕42号备案
      rates:
        - rate: "1.80"
          from: 2016-01-01
          to: 2025-12-31
        - rate: "2.10"
          from: 2026-01-01
    - code: mgmt-shop
      name: 物业管理费（商铺）
      kind: periodic
      rule: per-area-month
      unit_types: [shop, office]
      basis: 前期物业服务协议第五条
      rates:
        - rate: "3.50"
          from: 2016-01-01
    # 车位管理费：每个车位每月固定金额（产权车位，不含临时停车费）
    - code: parking
      name: 车位管理费
      kind: periodic
      rule: per-space-month
      unit_types: [parking]
      basis: 停车场收费公示（长沙市停车收费标准）
      rates:
        - rate: "80.00"
          from: 2016-01-01
    # 入伙时代收的费用（手册 四.2 4.5）：煤气开户费、有线电视初装费“视当地政策”，
    # 服务中心只代收代付给燃气公司和广电网络，不计入物业服务收入。
    - code: gas-account
      name: 煤气开户费
      kind: pass-through
      rule: fixed
      unit_types: [residential]
      at_movein: true
      basis: 新奥燃气长沙公司居民开户收费标准（代收）
      rates:
        - rate: "1800.00"
          from: 2016-01-01
    - code: cable-tv
      name: 有线电视初装费
      kind: pass-through
      rule: fixed
      unit_types: [residential]
      at_movein: true
      basis: 湖南有线长沙网络初装费标准（代收）
      rates:
        - rate: "300.00"
          from: 2016-01-01
    # 装修保证金与装修垃圾清运费：业主可选择入伙时交，也可在申请二次装修时再交（手册 四.2 4.5 3)）。
    # 保证金在装修验收合格后无息退还；清运费一次性收取。
    - code: renovation-deposit
      name: 装修保证金
      kind: deposit
      rule: fixed
      unit_types: [residential]
      at_movein: true
      optional: true
      basis: 装修管理规定第八条
      rates:
        - rate: "2000.00"
          from: 2016-01-01
    - code: renovation-deposit-shop
      name: 装修保证金（商铺）
      kind: deposit
      rule: fixed
      unit_types: [shop, office]
      optional: true
      basis: 装修管理规定第八条
      rates:
        - rate: "5000.00"
          from: 2016-01-01
    - code: debris
      name: 装修垃圾清运费
      kind: one-off
      rule: fixed
      unit_types: [residential]
      at_movein: true
      optional: true
      basis: 装修管理规定第九条（每套一次性）
      rates:
        - rate: "300.00"
          from: 2016-01-01
  # 空置房：已交付但未入住、未装修的住宅，管理费按七折收取（须业主申请并经现场核实）
  vacant:
    discount_percent: 30
    items: [mgmt-residential]
  # 滞纳金：本中心不收（默认关闭）。如协议约定且要启用，例：
  #   enabled: true, grace_days: 30, daily_rate: "0.0003", cap_at_principal: true
  late_fee:
    enabled: false
  # 催缴：逾期 1 个月发提醒，3 个月发正式催缴通知书，6 个月发最后催告（民法典第 944 条：
  # 催告并给合理期限；不得以停水、停电、停热、停气的方式催交）
  dunning:
    - stage: reminder
      after_months: 1
      pay_within_days: 15
    - stage: formal
      after_months: 3
      pay_within_days: 15
    - stage: final
      after_months: 6
      pay_within_days: 10

# 入伙（手册 四.2）
movein:
  announce_days: 7                # 首个入伙日前至少 7 天在当地主流媒体登报公告（4.2.1）
  # 手册 4.4 只说“在约定时间内”整改、经理“限期”处理，没有天数。以下是本中心在入伙协调会上与开发企业
  # 约定的期限（工作日）；删去则验房、复验登记问题时须用 --deadline 写明约定的日期。
  rectify_workdays: 15            # 验房发现的问题，项目工程部整改期限（工作日，约定）
  escalate_workdays: 5            # 二次验收不合格，由用户服务部经理协调的新期限（工作日，约定）
  office_hours: 每日 9:00–12:00、14:00–17:00（节假日照常）   # 印在入伙通知书上
  slots: ["09:00", "10:00", "11:00", "14:00", "15:00", "16:00"]   # 每日预约时段
  management_fee_months: 3        # 入伙时预收 3 个月物业管理费（自通知书注明之日起计）
  keys:                           # 交给业主的钥匙；验房有问题时留一把大门钥匙在服务中心（4.6）
    - type: entrance
      count: 3
    - type: mailbox
      count: 2
    - type: meter-box
      count: 1
  bring:                          # 入伙通知书上“应带资料”（4.3.1）
    - 购房合同（购房协议）原件
    - 业主本人身份证原件；共有人、家庭成员身份证原件
    - 单位购房：营业执照副本及加盖公章的复印件
    - 委托他人办理：业主签署的委托书及受托人身份证原件
    - 业主本人及家庭成员一寸彩色照片各 2 张
    - 收楼手续步骤表（随入伙通知书寄达）

# 装修（手册 四.3）
renovation:
  review_workdays: 2              # 设备维护部审核装修方案的期限（工作日）
  decision_workdays: 1            # 服务中心主任审批期限（工作日）
  hours:                          # 允许施工时间；其余时间（含午休）不得进行有噪音的作业
    weekdays: ["08:00-12:00", "14:00-18:00"]
    weekends: ["09:00-12:00", "14:30-17:30"]
  extinguisher_area: 50           # 施工现场每 50 m² 配一具灭火器
  deposit: "2000.00"              # 装修押金（住宅），与收费项目 renovation-deposit 一致
  deposit_special: "5000.00"      # 商铺、办公等特殊项目的装修押金
  management_fee_per_m2: "3.00"   # 装修管理费（元/m² 建筑面积）
  debris_fee_per_m2: "5.00"       # 委托服务中心清运装修垃圾（元/m²）
  pass_fee: "10.00"               # 施工人员出入证工本费（每人）
  pass_deposit: "20.00"           # 出入证押金（每人，退证时退还）
  rectify_days: 3                 # 违规装修的整改期限（工作日）

# 服务标准目标：留空即用手册规定的值（如投诉 2 个工作日内答复）
standards: {}
${plans.length ? warrantyText(plans) : ''}`;
}
