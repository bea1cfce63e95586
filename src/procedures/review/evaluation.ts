// The monthly evaluation per position (manual 五 岗位考评标准, 六 绩效考评管理制度, 三.5.8; spec procedures/17-review.md):
// templates/reviews/<role>.yaml (a center's own under <records>/templates/reviews/ wins) with criteria and points;
// the criteria the records can give (complaint feedback on time, return visits, repairs on time, conduct
// deductions, training hours) scored with their evidence, the rest left to the manager; total and grade band.
// e.g. draftCriteria(ctx, loadTemplate(ctx, 'cs-assistant'), 'S004', '2026-11') → [{ id: 'conduct', points: 20, score: 16, evidence: ['JC2026-0003(-4)'] }, …]
import { readFileSync } from 'node:fs';
import { daysInMonth } from '../../core/dates.js';
import { InvalidRecordError, NotFoundError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { EvaluationRecord, StaffRecord, TrainingRecord } from '../../core/types.gen.js';
import { parseRecordText } from '../../core/yamlio.js';
import type { Ctx } from '../../kit/context.js';
import { findTemplate, templateNames as namesOf } from '../../kit/template-dirs.js';
import { targetOf } from '../../kit/standards.js';
import { complaintFiguresOf } from '../complaint/api.js';
import { conductDeductions } from '../inspect/api.js';
import { repairsOnTimeOf } from '../repair/api.js';
import { quarterOf, TRAINING_HOURS, trainingHours } from './rules.js';

export type Evaluation = EvaluationRecord;
export type Criterion = Evaluation['criteria'][number];

export const SOURCES = ['complaint-feedback', 'return-visits', 'repairs-on-time', 'conduct', 'training-hours'] as const;
export type Source = (typeof SOURCES)[number];

export interface TemplateCriterion {
  id: string;
  text: string;
  text_en?: string;
  points: number;
  source?: Source;
}
export interface Template {
  position: string;
  title: string;
  title_en?: string;
  criteria: TemplateCriterion[];
}

const NAME = /^[a-z][a-z0-9-]*$/;
/** The positions with an evaluation template. */
export const positions = (ctx: Pick<Ctx, 'root' | 'config'>): string[] => namesOf(ctx, 'reviews');

function bad(file: string, what: Msg): never {
  throw new InvalidRecordError(
    msg(`考评模板 ${file}: ${what.zh}`, `evaluation template ${file}: ${what.en}`),
    msg('对照 templates/reviews/README.md 修改', 'fix it following templates/reviews/README.md'),
    { file },
  );
}

/** A position's template, checked whole (ids unique, known sources, points adding up to 100). */
export function loadTemplate(ctx: Pick<Ctx, 'root' | 'config'>, position: string): Template {
  const file = NAME.test(position) ? findTemplate(ctx, 'reviews', position) : undefined;
  if (!file)
    throw new NotFoundError(
      msg(`没有岗位 ${position} 的考评模板`, `no evaluation template for ${position}`),
      msg(`有模板的岗位: ${positions(ctx).join('、')}`, `positions with a template: ${positions(ctx).join(', ')}`),
    );
  const d = parseRecordText(readFileSync(file, 'utf8'), file) as Partial<Template> | null;
  if (!d || typeof d !== 'object' || typeof d.title !== 'string') bad(file, msg('缺少 title', 'title missing'));
  if (!Array.isArray(d.criteria) || !d.criteria.length) bad(file, msg('criteria 为空', 'no criteria'));
  const seen = new Set<string>();
  let sum = 0;
  for (const [i, c] of d.criteria.entries()) {
    const at = `criteria[${i}]`;
    if (typeof c.id !== 'string' || !NAME.test(c.id) || seen.has(c.id))
      bad(file, msg(`${at}: id 无效或重复`, `${at}: bad or repeated id`));
    seen.add(c.id);
    if (typeof c.text !== 'string') bad(file, msg(`${at}: 缺少 text`, `${at}: text missing`));
    if (typeof c.points !== 'number' || c.points <= 0) bad(file, msg(`${at}: points 须为正数`, `${at}: points > 0`));
    if (c.source !== undefined && !SOURCES.includes(c.source))
      bad(file, msg(`${at}: source 须为 ${SOURCES.join('|')}`, `${at}: source must be ${SOURCES.join('|')}`));
    sum += c.points;
  }
  if (Math.abs(sum - 100) > 1e-9) bad(file, msg(`各项分值合计 ${sum}，应为 100`, `points add up to ${sum}, not 100`));
  return { position, title: d.title, title_en: d.title_en, criteria: d.criteria };
}

/** The position a staff member is evaluated in: their first role with a template. */
export const positionOf = (ctx: Pick<Ctx, 'root' | 'config'>, s: StaffRecord): string | undefined =>
  s.roles.find((r) => positions(ctx).includes(r));

export const monthDays = (month: string) => ({
  from: `${month}-01`,
  to: `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`,
});

/** points × done ÷ of, to one decimal; nothing to judge scores full marks (said in the evidence). */
export const share = (points: number, done: number, of: number): number =>
  of ? Math.round((points * done * 10) / of) / 10 : points;

/** The scores the records give, each with its evidence. */
export function computed(ctx: Ctx, c: TemplateCriterion, staff: StaffRecord, month: string): Criterion {
  const p = monthDays(month);
  const base = { id: c.id, points: c.points, source: c.source };
  const ratio = (r: { done: number; of: number; missed: string[] }, none: string): Criterion => ({
    ...base,
    score: share(c.points, r.done, r.of),
    evidence: r.of ? [`${r.done}/${r.of}`, ...r.missed] : [none],
  });
  switch (c.source) {
    case 'complaint-feedback':
      return ratio(complaintFiguresOf(ctx, staff.id, p).feedback, '本月无须反馈的投诉');
    case 'return-visits':
      return ratio(complaintFiguresOf(ctx, staff.id, p).visits, '本月无须回访的投诉');
    case 'repairs-on-time':
      return ratio(repairsOnTimeOf(ctx, staff.id, p), '本月无完成的维修单');
    case 'conduct': {
      const d = conductDeductions(ctx, staff.id, p.from, p.to, 'conduct', ctx.config.review?.deductions ?? {});
      return {
        ...base,
        score: Math.max(0, c.points - d.deducted),
        evidence: d.rounds ? [`${d.rounds} 次检查，扣 ${d.deducted} 分`, ...d.evidence] : ['本月无检查'],
      };
    }
    case 'training-hours': {
      // the quarter's target pro rata to the month's place in it (November: 2/3 of 8 hours), sessions to its end
      const q = quarterOf(p.from);
      const k = ((Number(month.slice(5, 7)) - 1) % 3) + 1;
      const target = (targetOf(ctx, 'training_hours_quarter', TRAINING_HOURS) * k) / 3;
      const sessions = [...ctx.shown.all<TrainingRecord>('training')].map((r) => r.data).filter((x) => x.date <= p.to);
      const row = trainingHours(sessions, [staff], q, target, staff.department)[0];
      const hours = row?.hours ?? 0;
      return {
        ...base,
        score: target ? Math.round(Math.min(1, hours / target) * c.points * 10) / 10 : c.points,
        evidence: [`${q}（至 ${month}）${hours}/${Math.round(target * 10) / 10} h`, ...(row?.sessions ?? [])],
      };
    }
    default:
      return { id: c.id, points: c.points };
  }
}

export const draftCriteria = (ctx: Ctx, t: Template, staff: StaffRecord, month: string): Criterion[] =>
  t.criteria.map((c) => computed(ctx, c, staff, month));

export const total = (e: Pick<Evaluation, 'criteria'>): number =>
  Math.round(e.criteria.reduce((a, c) => a + (c.score ?? 0), 0) * 10) / 10;

export const unscored = (e: Pick<Evaluation, 'criteria'>): string[] =>
  e.criteria.filter((c) => c.score === undefined).map((c) => c.id);

export interface Band {
  grade: string;
  min: number;
}
export const DEFAULT_BANDS: readonly Band[] = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 0 },
];

/** The grade of a total: the band with the highest minimum the total reaches (A ≥ 90, B ≥ 80, C ≥ 70, D below). */
export function gradeOf(t: number, bands: readonly Band[] = DEFAULT_BANDS): string {
  const b = [...bands].sort((x, y) => y.min - x.min).find((x) => t >= x.min);
  return b?.grade ?? [...bands].sort((x, y) => x.min - y.min)[0]?.grade ?? '';
}

export const bands = (ctx: Ctx): readonly Band[] => ctx.config.review?.grades ?? DEFAULT_BANDS;
