// The review's forms: 岗位考评表 (manual 五, 六: a monthly evaluation — the criteria of the position's template with
// points, score and evidence, total, grade, the confirmation and approval — or blank with the grade bands);
// 仪容仪表及行为规范检查表 (manual 一: a conduct round with the center's deduction table); 培训签到及考核表 (三.5.4:
// a training session's sign-in and each attendee's assessment). Each filled from its record or blank.
// e.g. wuye form review-evaluation KP2026-0003 · wuye form review-conduct JC2026-0010 · wuye form review-training --blank
import { dateOf } from '../../core/dates.js';
import { NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import type { TrainingRecord } from '../../core/types.gen.js';
import { loadChecklist, pointsTable, roundRows, withPoints, type Round } from '../inspect/api.js';
import { quarterOf } from './rules.js';
import { bands, gradeOf, loadTemplate, total, unscored, type Evaluation } from './evaluation.js';

const bandText = (ctx: Ctx) => {
  const bs = [...bands(ctx)].sort((a, b) => b.min - a.min);
  return bs
    .map((b, i) => (b.min > 0 || i === 0 ? `${b.grade} ≥ ${b.min}` : `${b.grade} < ${bs[i - 1].min}`))
    .join('，');
};

export function evaluationLoad(ctx: Ctx, id: string): FormLoad {
  const e = ctx.shown.tryRead<Evaluation>('evaluation', id)?.data;
  if (!e) throw new NotFoundError(msg(`没有考评表 ${id}`, `no evaluation ${id}`));
  const t = loadTemplate(ctx, e.position);
  const name = (s: string | undefined) =>
    s ? `${s} ${ctx.shown.tryRead<StaffRecord>('staff', s)?.data.name ?? ''}`.trim() : undefined;
  const sum = total(e);
  return {
    id: e.id,
    date: `${e.month}-01`,
    data: {
      ev: {
        id: e.id,
        title: t.title,
        staff: name(e.staff),
        position: label('role', e.position),
        month: e.month,
        total: String(sum),
        grade: unscored(e).length ? '' : gradeOf(sum, bands(ctx)),
        state: label('evaluationState', e.state),
        bands: bandText(ctx),
        comments: e.comments,
        confirmed: e.confirmed_at ? name(e.staff) : undefined,
        confirmed_on: e.confirmed_at ? dateOf(e.confirmed_at) : undefined,
        approved: name(e.approved_by),
        approved_on: e.approved_at ? dateOf(e.approved_at) : undefined,
      },
      criteria: e.criteria.map((c) => ({
        text: t.criteria.find((x) => x.id === c.id)?.text ?? c.id,
        points: String(c.points),
        score: c.score === undefined ? '' : String(c.score),
        evidence: [...(c.evidence ?? []), ...(c.note ? [c.note] : [])].join('；'),
      })),
    },
  };
}

const staffName = (ctx: Ctx, s: string | undefined) =>
  s ? `${s} ${ctx.shown.tryRead<StaffRecord>('staff', s)?.data.name ?? ''}`.trim() : undefined;

/** The conduct checklist with the center's deduction table (wuye.yaml review.deductions). */
const conductList = (ctx: Ctx) => pointsTable(loadChecklist(ctx, 'conduct'), ctx.config.review?.deductions ?? {});

export function conductLoad(ctx: Ctx, id: string): FormLoad {
  const r = ctx.shown.tryRead<Round>('inspection', id)?.data;
  if (!r || r.checklist !== 'conduct' || !r.where.staff)
    throw new NotFoundError(
      msg(`没有行为规范检查 ${id}`, `no conduct check ${id}`),
      msg('用 wuye inspect list --checklist conduct 查看', 'see wuye inspect list --checklist conduct'),
    );
  const cl = conductList(ctx);
  const s = withPoints(cl, r);
  const staff = ctx.shown.tryRead<StaffRecord>('staff', r.where.staff)?.data;
  return {
    id: r.id,
    date: r.date,
    data: {
      c: {
        id: r.id,
        staff: staffName(ctx, r.where.staff),
        position: staff?.roles.map((x) => label('role', x)).join('、') ?? '',
        date: r.date,
        by: staffName(ctx, r.by),
        inspector: staffName(ctx, r.by),
        total: String(s.total),
        deducted: `${s.deducted} / ${s.score}`,
        follow_ups: (r.follow_ups ?? []).map((f) => (f.ref ? `${f.what}（${f.ref}）` : f.what)).join('；'),
        notes: r.notes,
      },
      items: roundRows(cl, r),
    },
  };
}

export function trainingLoad(ctx: Ctx, id: string): FormLoad {
  const t = ctx.shown.tryRead<TrainingRecord>('training', id)?.data;
  if (!t)
    throw new NotFoundError(
      msg(`没有培训记录 ${id}`, `no training session ${id}`),
      msg('用 wuye review training hours 查看', 'see wuye review training hours'),
    );
  return {
    id: t.id,
    date: t.date,
    data: {
      s: {
        id: t.id,
        topic: t.topic,
        date: t.date,
        trainer: t.trainer,
        hours: String(t.hours),
        quarter: quarterOf(t.date),
        by: staffName(ctx, t.by),
        notes: t.notes,
        grades: GRADES,
      },
      attendees: t.attendees.map((a) => {
        const st = ctx.shown.tryRead<StaffRecord>('staff', a.staff)?.data;
        return {
          staff: a.staff,
          name: st?.name ?? '',
          department: label('department', st?.department),
          sign: '',
          assessment: label('trainingAssessment', a.assessment),
          note: '',
        };
      }),
    },
  };
}

const GRADES = '优秀 / 合格 / 不合格；不合格者须补训（手册 三.5.4 对培训效果进行考评）';

export const FORMS: FormDef[] = [
  {
    name: 'review-evaluation',
    template: 'review/evaluation',
    title: msg('岗位考评表', 'position evaluation'),
    idKind: 'evaluation',
    load: evaluationLoad,
    fixed: (ctx: Ctx) => ({ ev: { bands: bandText(ctx) } }),
  },
  {
    name: 'review-conduct',
    template: 'review/conduct',
    title: msg('仪容仪表及行为规范检查表', 'appearance and conduct check'),
    idKind: 'inspection',
    load: conductLoad,
    fixed: (ctx: Ctx) => {
      const cl = conductList(ctx);
      return { c: { total: String(cl.items.reduce((a, i) => a + i.points, 0)) }, items: roundRows(cl) };
    },
  },
  {
    name: 'review-training',
    template: 'review/training',
    title: msg('培训签到及考核表', 'training sign-in and assessment'),
    idKind: 'training',
    load: trainingLoad,
    fixed: () => ({ s: { grades: GRADES } }),
  },
];
