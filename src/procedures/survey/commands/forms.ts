// wuye survey forms DC2026-01 [--out out/questionnaires] [--merge]
// Spec 13-survey.md: printable questionnaires, one per sampled unit (owners) or numbered copy (staff) — one PDF
// each (<unit>.pdf) or one merged PDF, each on a new sheet. Idempotent: unchanged files are not rewritten.
import { readCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { printBatch } from '../../../kit/batch.js';
import { SURVEY_CASES } from '../cases.js';
import { introOf, questionnaireData } from '../forms.js';
import type { Survey } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'survey'), out: l.text('out'), merge: l.flagged('merge') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = readCase<Survey>(ctx.shown, SURVEY_CASES, o.id);
  const who = s.sample?.respondents ?? [];
  if (!who.length)
    throw new RuleError(
      msg(`${s.id} 尚未抽样`, `${s.id} has no sample yet`),
      msg(`先抽样: wuye survey sample ${s.id}`, `draw it first: wuye survey sample ${s.id}`),
    );
  const intro = introOf(ctx, s);
  const date = s.sample!.drawn_at;
  const items = who.map((r) => ({
    name: `${s.id}-${r}`,
    date,
    forms: [{ form: 'survey/questionnaire', data: questionnaireData(s, intro, r), id: r }],
  }));
  await printBatch(ctx, items, {
    outDir: outputPath(ctx, o.out, `${s.id}-questionnaires`, 'folder'),
    merge: o.merge ? `${s.id}-questionnaires.pdf` : undefined,
    progress: msg('调查问卷', 'questionnaires'),
    count: (n) => msg(`${n} 份问卷`, `${n} questionnaire(s)`),
    json: { survey: s.id, questionnaires: who.length },
  });
}
