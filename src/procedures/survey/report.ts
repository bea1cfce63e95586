// What a survey's analysis shows (spec 13-survey.md "Forms and reports"): the data of the analysis PDF
// (templates/forms/survey/analysis.yaml: figures, the chart per service against last year, items, buildings,
// actions, findings) and the workbook (summary, per item, per building, raw responses, suggestions).
// e.g. await emitReport(ctx, analysisReport(s, a, header), { xlsx: 'out/DC2026-01.xlsx' })
import { labelZh } from '../../core/labels.js';
import { msg } from '../../core/i18n.js';
import type { Report } from '../../render/report.js';
import { groupOf, isValid, pct, type Analysis, type Survey } from './rules.js';

const signed = (now: number | undefined, before: number | undefined): string => {
  if (now === undefined || before === undefined) return '—';
  const d = Math.round((now - before) * 1000) / 10;
  return d > 0 ? `+${d.toFixed(1)}` : d.toFixed(1);
};
const num = (v: number | undefined) => (v === undefined ? null : Math.round(v * 1000) / 10);

/** A group's name as printed: building 1 → "1 栋"; a staff department by its label. */
export function groupName(s: Survey, g: string): string {
  if (s.type === 'owners') return `${g} 栋`;
  return g === '—' ? '未填部门' : labelZh('department', g);
}

const actionState = (st: string) => labelZh('surveyActionState', st);

/** The items below target as the findings name them: "维修及时 93.3%". */
const itemText = (a: Analysis, id: string) => {
  const it = a.items.find((i) => i.id === id)!;
  return `${it.text} ${pct(it.rate)}`;
};

/** The data of the analysis PDF. */
export function analysisModel(s: Survey, a: Analysis, staffName: (id: string) => string): Record<string, unknown> {
  const actions = s.actions ?? [];
  const low = [...a.items].filter((i) => i.rate !== undefined).sort((x, y) => x.rate! - y.rate!);
  const best = low.at(-1);
  const findings = [
    `发放问卷 ${a.distributed} 份，回收 ${a.returned} 份，其中有效 ${a.valid} 份、无效 ${a.invalid} 份（空项超过一半），有效回收率 ${pct(a.responseRate)}。`,
    `总体满意率 ${pct(a.overall.rate)}${a.previousOverall !== undefined ? `（上年 ${pct(a.previousOverall)}，${signed(a.overall.rate, a.previousOverall)} 个百分点）` : '（无上年调查可比）'}，目标 ${s.target}%。`,
    a.below.length
      ? `低于目标的项目 ${a.below.length} 项：${a.below.map((id) => itemText(a, id)).join('；')}，均须制定整改措施。`
      : '各项目满意率均达到目标。',
    best && low.length > 1
      ? `满意率最高的项目：${best.text} ${pct(best.rate)}；最低：${low[0].text} ${pct(low[0].rate)}。`
      : '',
  ].filter(Boolean);
  return {
    survey: { id: s.id, title: s.title, analysed: s.analysis?.at ?? '', previous: s.analysis?.previous ?? '无' },
    figures: {
      distributed: String(a.distributed),
      returned: String(a.returned),
      valid: `${a.valid} / ${a.invalid}`,
      response: pct(a.responseRate),
      overall: pct(a.overall.rate),
      previous: pct(a.previousOverall),
      target: `${s.target}%`,
      below: String(a.below.length),
      actions: `${actions.length}（完成 ${actions.filter((x) => x.state !== 'open').length}）`,
    },
    services: a.services.map((x) => ({
      service: x.service,
      rate: num(x.rate) ?? Number.NaN,
      ...(x.previous !== undefined ? { previous: num(x.previous) } : {}),
    })),
    items: a.items.map((i) => ({
      service: i.service,
      text: i.text,
      answered: i.answered,
      satisfied: i.satisfied,
      rate: pct(i.rate),
      previous: pct(i.previous),
      change: signed(i.rate, i.previous),
      met: i.rate === undefined ? '—' : i.below ? '否' : '是',
    })),
    groups: a.groups.map((g) => {
      const lowest = g.items
        .map((r, k) => ({ r, k }))
        .filter((x) => x.r.rate !== undefined)
        .sort((x, y) => x.r.rate! - y.r.rate!)[0];
      return {
        group: groupName(s, g.group),
        returned: g.returned,
        valid: g.valid,
        rate: pct(g.overall.rate),
        lowest: lowest ? `${a.items[lowest.k].text} ${pct(lowest.r.rate)}` : '—',
      };
    }),
    actions: actions.map((x) => ({
      no: x.no,
      item: a.items.find((i) => i.id === x.item)?.text ?? x.item,
      what: x.what,
      who: staffName(x.who),
      due: x.due,
      state: actionState(x.state) + (x.closed_at ? ` ${x.closed_at}` : ''),
    })),
    findings: findings.map((f) => `- ${f}`).join('\n'),
  };
}

/** The workbook: summary, per item, per building, raw responses, suggestions. */
export function analysisReport(
  s: Survey,
  a: Analysis,
  head: { center: string; generatedAt: string; generatedBy?: string },
): Report {
  const q = s.questionnaire;
  const n = q.items.length;
  const rs = s.responses ?? [];
  return {
    title: msg(`${s.title}分析`, `${s.title} analysis`),
    center: head.center,
    period: String(s.year),
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    sheets: [
      {
        name: msg('汇总', 'Summary'),
        columns: [
          { key: 'what', header: msg('指标', 'Figure'), width: 22 },
          { key: 'value', header: msg('本年', 'This year'), type: 'number' },
          { key: 'rate', header: msg('比率', 'Rate'), type: 'percent' },
          { key: 'previous', header: msg('上年', 'Last year'), type: 'percent' },
        ],
        rows: [
          { what: '发放（份）', value: a.distributed },
          { what: '回收（份）', value: a.returned },
          { what: '有效（份）', value: a.valid, rate: a.responseRate ?? null },
          { what: '无效（份）', value: a.invalid },
          {
            what: '总体满意率',
            value: a.overall.satisfied,
            rate: a.overall.rate ?? null,
            previous: a.previousOverall ?? null,
          },
          ...a.services.map((x) => ({
            what: x.service,
            value: x.satisfied,
            rate: x.rate ?? null,
            previous: x.previous ?? null,
          })),
        ],
      },
      {
        name: msg('各项目', 'Items'),
        columns: [
          { key: 'id', header: msg('代码', 'Code') },
          { key: 'service', header: msg('服务', 'Service') },
          { key: 'text', header: msg('调查项目', 'Item'), width: 30 },
          ...q.scale.map((v, k) => ({ key: `c${k}`, header: v, type: 'integer' as const })),
          { key: 'answered', header: msg('有效答卷', 'Answered'), type: 'integer' },
          { key: 'satisfied', header: msg('满意', 'Satisfied'), type: 'integer' },
          { key: 'rate', header: msg('满意率', 'Rate'), type: 'percent' },
          { key: 'previous', header: msg('上年', 'Last year'), type: 'percent' },
          { key: 'met', header: msg('达标', 'Met') },
        ],
        rows: a.items.map((i) => ({
          id: i.id,
          service: i.service,
          text: i.text,
          ...Object.fromEntries(i.counts.map((c, k) => [`c${k}`, c])),
          answered: i.answered,
          satisfied: i.satisfied,
          rate: i.rate ?? null,
          previous: i.previous ?? null,
          met: i.rate === undefined ? '—' : i.below ? '否' : '是',
        })),
      },
      {
        name: msg('各楼栋', 'Buildings'),
        columns: [
          { key: 'group', header: msg('楼栋/部门', 'Building / department') },
          { key: 'returned', header: msg('回收', 'Returned'), type: 'integer', total: true },
          { key: 'valid', header: msg('有效', 'Valid'), type: 'integer', total: true },
          { key: 'overall', header: msg('满意率', 'Rate'), type: 'percent' },
          ...q.items.map((it, k) => ({ key: `i${k}`, header: it.text, type: 'percent' as const })),
        ],
        totals: true,
        rows: a.groups.map((g) => ({
          group: groupName(s, g.group),
          returned: g.returned,
          valid: g.valid,
          overall: g.overall.rate ?? null,
          ...Object.fromEntries(g.items.map((r, k) => [`i${k}`, r.rate ?? null])),
        })),
      },
      {
        name: msg('原始问卷', 'Responses'),
        columns: [
          { key: 'respondent', header: msg('房号/问卷编号', 'Unit / number') },
          { key: 'group', header: msg('楼栋/部门', 'Building / department') },
          { key: 'valid', header: msg('有效', 'Valid') },
          ...q.items.map((it, k) => ({ key: `a${k}`, header: it.id })),
          { key: 'entered', header: msg('录入日期', 'Entered'), type: 'date' },
        ],
        rows: rs.map((r) => ({
          respondent: r.respondent,
          group: groupName(s, groupOf(r)),
          valid: isValid(r.answers, n) ? '是' : '否',
          ...Object.fromEntries(q.items.map((_, k) => [`a${k}`, r.answers[k] ?? ''])),
          entered: r.entered_at ?? null,
        })),
      },
      {
        name: msg('意见建议', 'Suggestions'),
        columns: [
          { key: 'respondent', header: msg('房号/问卷编号', 'Unit / number') },
          { key: 'group', header: msg('楼栋/部门', 'Building / department') },
          { key: 'suggestion', header: msg('意见建议', 'Suggestion'), width: 60 },
        ],
        rows: rs
          .filter((r) => r.suggestion)
          .map((r) => ({ respondent: r.respondent, group: groupName(s, groupOf(r)), suggestion: r.suggestion })),
      },
    ],
  };
}
