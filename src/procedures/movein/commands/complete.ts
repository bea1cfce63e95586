// 资料发放 (4.8) and the end of the move-in: the owner takes the handbook, the
// signed agreements, the usage manual, the quality guarantee and the civility
// pact; resident cards are made from the photos (4.3.2). Refused until the
// agreements are signed.
// e.g. wuye movein complete 3-1-0101
import { argId, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { ALL_AGREEMENTS, ALL_HANDOUTS, openDefects } from '../rules.js';
import { caseId, codes, readCase, stepDate, takeStep } from '../lookup.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = caseId(idArg);
  const handed = codes(opts, 'handedOut', '--handed-out', ALL_HANDOUTS) ?? [...ALL_HANDOUTS];
  const cardsArg = str(opts, 'cards');
  const on = stepDate(ctx, opts);
  await ctx.write((tx) => {
    const c = readCase(tx, id);
    const signed = c.agreements?.items ?? [];
    const missing = ALL_AGREEMENTS.filter((a) => !signed.includes(a));
    if (c.state === 'keys-issued' && missing.length) {
      throw new RuleError(
        msg(
          `尚未签署 ${missing.map((a) => label('agreement', a)).join('、')}，不能完成入伙`,
          `${missing.map((a) => label('agreement', a)).join(', ')} not signed yet; the move-in cannot complete`,
        ),
        msg(`先办理 wuye movein sign ${id}`, `do wuye movein sign ${id} first`),
      );
    }
    const cards = cardsArg
      ? cardsArg.split(',').map((s) => argId('person', s.trim(), '--cards'))
      : [c.checkin?.capacity === 'agent' ? c.owner! : (c.checkin?.person ?? c.owner!), ...(c.checkin?.household ?? [])];
    takeStep(ctx, tx, id, 'complete', () => ({
      handed_out: handed,
      resident_cards: [...new Set(cards)].map((p) => ({ person: p })),
      completed_on: on,
    }));
    const open = openDefects(c).length;
    return {
      message: `movein: complete ${id}`,
      summary: msg(
        `${id}：入伙完成，发放资料 ${handed.length} 种，住户证 ${new Set(cards).size} 张${open ? `；仍有 ${open} 项问题待整改` : ''}`,
        `${id}: move-in completed, ${handed.length} documents handed out, ${new Set(cards).size} resident card(s)${open ? `; ${open} defect(s) still open` : ''}`,
      ),
    };
  });
}
