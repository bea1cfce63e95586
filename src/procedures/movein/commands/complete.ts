// 资料发放 (4.8) and the end of the move-in: the owner takes the handbook, the
// signed agreements, the usage manual, the quality guarantee and the civility
// pact; resident cards are made from the photos (4.3.2). Refused until the
// agreements are signed.
// e.g. wuye movein complete 3-1-0101
import { stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordDelivery } from '../../warranty/api.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { ALL_AGREEMENTS, ALL_HANDOUTS, openDefects, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'movein'),
    handed: l.list('handedOut', ALL_HANDOUTS) ?? [...ALL_HANDOUTS],
    cards: (l.list('cards') ?? []).map((p) => checkId('person', p, l.flag('cards'))),
    on: l.date('on'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, handed } = o;
  const on = o.on ?? ctx.today();
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
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
    // by default the owner's card (not an agent's) and the household's
    const cards = o.cards.length
      ? o.cards
      : [c.checkin?.capacity === 'agent' ? c.owner! : (c.checkin?.person ?? c.owner!), ...(c.checkin?.household ?? [])];
    stepCase<MoveinRecord, MoveinState>(tx, MOVEIN_CASES, actor(ctx), id, 'complete', () => ({
      handed_out: handed,
      resident_cards: [...new Set(cards)].map((p) => ({ person: p })),
      completed_on: on,
    }));
    recordDelivery(tx, ctx, c.unit ?? id, on); // the move-in completion is the delivery to the buyer
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
