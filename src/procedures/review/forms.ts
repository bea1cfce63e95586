// 岗位考评表 (manual 五, 六): a monthly evaluation printed from its record — the criteria of the position's template
// with points, score and evidence, total, grade, the confirmation and approval — or blank with the grade bands.
// e.g. wuye form review-evaluation KP2026-0003 · wuye form review-evaluation --blank
import { dateOf } from '../../core/dates.js';
import { NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
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

export const FORMS: FormDef[] = [
  {
    name: 'review-evaluation',
    template: 'review/evaluation',
    title: msg('岗位考评表', 'position evaluation'),
    idKind: 'evaluation',
    load: evaluationLoad,
    fixed: (ctx: Ctx) => ({ ev: { bands: bandText(ctx) } }),
  },
];
