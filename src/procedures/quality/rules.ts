// The service standards of the manual's section 三 that `wuye standards` holds the center to (spec standards.md,
// one entry per row of its table, in its order), and how the rows the procedures measure are laid against
// them: a clause no procedure measures yet is "no data (not recorded by wuye yet)", never "met"; a row a
// procedure adds for a clause not listed here is kept after the list, so the check grows with the procedures.
// e.g. assemble(CATALOGUE, [{ clauses: ['12.2'], rows: [...] }]) → one row per clause, in the manual's order
import { msg, t, type Msg } from '../../core/i18n.js';
import type { StandardRow, StandardStatus } from '../../kit/standards.js';

export interface Clause {
  /** The clause as standards.md names it; a row measured as any of `covers` belongs to it. */
  clause: string;
  covers: readonly string[];
  requirement: Msg;
  /** What it is measured from (said when nothing measures it yet). */
  from: Msg;
  /** Printed as one row even when several procedures measure parts of it (4.3: complaints and emergencies). */
  oneRow?: boolean;
}

const c = (clause: string, zh: string, en: string, fromZh: string, fromEn: string, covers = [clause]): Clause => ({
  clause,
  covers,
  requirement: msg(zh, en),
  from: msg(fromZh, fromEn),
});

const oneRow = (k: Clause): Clause => ({ ...k, oneRow: true });

/** The rows of spec standards.md, with the clauses the staff and checklist records measure beside them (一 conduct,
 * 5.8 evaluations, 8 shops, 14 signage, 15 canteen), each where the manual has it. */
export const CATALOGUE: readonly Clause[] = [
  c('一', '仪容仪表及行为规范检查合格', 'conduct checks passed', '行为规范检查', 'conduct rounds'),
  c(
    '3.6',
    '投诉受理后 2 个工作日内答复业主',
    'every complaint answered within 2 working days',
    '投诉记录',
    'complaint log',
  ),
  c('3.7', '每宗投诉记录跟进处理结果', 'every complaint recorded with a follow-up result', '投诉记录', 'complaint log'),
  c('3.8', '有效投诉回访，定期统计', 'valid complaints get a return visit; statistics', '投诉记录', 'complaint log'),
  c('3.9', '有效投诉处理率 100%', 'valid-complaint handling rate 100%', '投诉记录', 'complaint log'),
  oneRow(
    c(
      '4.3',
      '重大事故、突发事件、投诉 1 个工作日内上报',
      'major accidents, emergencies, complaints reported within 1 working day',
      '重大投诉与突发事件',
      'major complaints and emergencies',
    ),
  ), // one row: the spec lists 4.3 once, measured from both the emergency and the major complaint cases
  c(
    '2.6',
    '机密档案经批准借阅并归还',
    'confidential files lent only with approval, returned',
    '档案借阅',
    'archive loans',
  ),
  c(
    '5.4',
    '每名员工每季度培训不少于 8 小时',
    'every staff member ≥ 8 training hours a quarter',
    '培训记录',
    'training records',
  ),
  c('5.8', '定期考评并有效落实', 'regular staff evaluation, carried out', '月度岗位考评', 'monthly evaluations'),
  c(
    '5.9',
    '每 12 个月进行一次员工满意度调查并分析',
    'a staff satisfaction survey every 12 months, analysed',
    '员工满意度调查',
    'staff surveys',
  ),
  c('6.6', '24 小时值班电话并有记录', 'a 24-hour phone with records', '值班电话记录', 'hotline entries'),
  c('6.7', '每季度至少一次社区文化活动', 'at least one community event per quarter', '社区活动', 'community events'),
  c('6.8', '活动结束后进行评定', 'events evaluated afterwards', '社区活动', 'community events'),
  c(
    '6.10',
    '至少每 6 个月召开一次业主恳谈会',
    "an owners' forum at least every 6 months",
    '业主恳谈会',
    "owners' forums",
  ),
  c(
    '6.12',
    '至少每 12 个月进行一次业主满意度调查，分析并改进',
    'a customer survey every 12 months, analysed, acted on',
    '业主满意度调查',
    'owner surveys',
  ),
  c(
    '6.13',
    '至少每年公布一次物业服务费收支情况',
    'fee income and spending published at least yearly',
    '公告记录',
    'notices',
  ),
  c(
    '7.1',
    '预约上门：提前不超过 5 分钟，迟到不超过 2 分钟',
    'appointments: at most 5 minutes early, 2 late',
    '维修单',
    'repair orders',
  ),
  c(
    '7.6',
    '零修、急修及时率 100%，返修率 ≤ 1%，回访满意率 ≥ 95%',
    'repairs on time 100%, rework ≤ 1%, satisfaction ≥ 95%',
    '维修单',
    'repair orders',
  ),
  c('8', '商铺管理检查合格', 'shop inspections passed', '商铺检查', 'shop rounds'),
  c(
    '10',
    '入伙手续规范，协议存档，交接资料齐全',
    'move-in: procedures followed, records complete',
    '入伙案卷',
    'move-in cases',
  ),
  c('11.1', '装修审批手续齐全', 'renovation approvals complete', '装修案卷', 'renovation cases'),
  c(
    '11.4',
    '装修现场每 50 m² 至少 1 具灭火器',
    'extinguishers ≥ 1 per 50 m² on site',
    '装修巡查',
    'renovation inspections',
  ),
  c(
    '11.6 / 四.3',
    '工程审核 ≤ 2 个工作日，主任审批 ≤ 1 个工作日，每日巡查',
    'review ≤ 2, decision ≤ 1 working days, daily inspection',
    '装修日志',
    'renovation logs',
    ['11.6', '四.3'],
  ),
  c('12.2', '钥匙借用登记', 'key loans registered', '钥匙借用', 'key loans'),
  c(
    '13.1',
    '业主财物收存、归还有记录',
    'customer property received and returned with records',
    '代管物品',
    'deposits held',
  ),
  c('14', '标识（CI）检查合格', 'signage inspections passed', '标识检查', 'signage rounds'),
  c('15', '食堂管理检查合格', 'canteen inspections passed', '食堂检查', 'canteen rounds'),
  c('四.5', '空置房按时检查', 'vacant units checked on schedule', '空置房检查', 'vacant checks'),
  c(
    '四.13',
    '突发事件结案并有原因分析和预防措施',
    'emergency cases closed with cause analysis and prevention',
    '突发事件',
    'emergency cases',
  ),
];

/** One clause's rows as `wuye standards` prints them (a clause may have several: 7.6 has three). */
export interface AssessedRow extends StandardRow {
  /** The clause of the catalogue it is listed under. */
  under: string;
  /** No procedure measures it yet. */
  notBuilt?: boolean;
}

export const NOT_BUILT = msg('wuye 尚未记录', 'not recorded by wuye yet');

/** A clause's parts as one row: each part's figure named, no data only when every part has none, met only when
 * none is not met, the evidence of all. */
export function joined(k: Clause, rows: readonly StandardRow[]): AssessedRow {
  const judged = rows.filter((r) => r.status !== 'no-data');
  return {
    clause: k.clause,
    under: k.clause,
    requirement: k.requirement,
    measured: rows.map((r) => (r.part ? `${t(r.part)} ${r.measured}` : r.measured)).join('；'),
    status: !judged.length ? 'no-data' : judged.some((r) => r.status === 'not-met') ? 'not-met' : 'met',
    evidence: rows.flatMap((r) => r.evidence),
  };
}

/** The catalogue with the measured rows laid against it. */
export function assemble(catalogue: readonly Clause[], measured: readonly StandardRow[]): AssessedRow[] {
  const out: AssessedRow[] = [];
  const used = new Set<StandardRow>();
  for (const k of catalogue) {
    const rows = measured.filter((r) => k.covers.includes(r.clause));
    rows.forEach((r) => used.add(r));
    if (rows.length > 1 && k.oneRow) out.push(joined(k, rows));
    else if (rows.length) out.push(...rows.map((r) => ({ ...r, under: k.clause })));
    else
      out.push({
        clause: k.clause,
        under: k.clause,
        requirement: k.requirement,
        measured: '—',
        status: 'no-data',
        evidence: [],
        notBuilt: true,
      });
  }
  for (const r of measured) if (!used.has(r)) out.push({ ...r, under: r.clause });
  return out;
}

export const STATUS_LABEL: Record<StandardStatus, Msg> = {
  met: msg('达标', 'met'),
  'not-met': msg('未达标', 'not met'),
  'no-data': msg('无数据', 'no data'),
};

/** The status as printed: "no data (not recorded by wuye yet)" for a clause nothing measures. */
export const statusText = (r: AssessedRow): Msg =>
  r.notBuilt ? msg(`无数据（${NOT_BUILT.zh}）`, `no data (${NOT_BUILT.en})`) : STATUS_LABEL[r.status];

/** The evidence as one cell: the first `max` items, and how many more. */
export function evidenceText(r: AssessedRow, max = 12): Msg {
  if (r.notBuilt) return msg('尚无记录此项的程序', 'no procedure records this yet');
  const zh = r.evidence.slice(0, max).join('、');
  const en = r.evidence.slice(0, max).join(', ');
  const more = r.evidence.length - max;
  return more > 0 ? msg(`${zh} 等 ${r.evidence.length} 项`, `${en} and ${more} more`) : msg(zh, en);
}

/** The counts of a check: met, not met, no data. */
export const tally = (rows: readonly AssessedRow[]) => ({
  met: rows.filter((r) => r.status === 'met').length,
  notMet: rows.filter((r) => r.status === 'not-met').length,
  noData: rows.filter((r) => r.status === 'no-data').length,
});
