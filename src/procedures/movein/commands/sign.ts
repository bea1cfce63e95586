// 签署协议 (4.7): the temporary owners' covenant, the preliminary property
// service agreement and the safety responsibility letter, in duplicate — one
// copy to the owner's archive file, one to the owner.
// e.g. wuye movein sign 3-1-0101
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { ALL_AGREEMENTS } from '../rules.js';
import { caseId, codes, stepDate, takeStep } from '../lookup.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = caseId(idArg);
  const items = codes(opts, 'items', '--items', ALL_AGREEMENTS) ?? [...ALL_AGREEMENTS];
  const on = stepDate(ctx, opts);
  await ctx.write((tx) => {
    takeStep(
      ctx,
      tx,
      id,
      'sign',
      (c) => {
        const all = [...new Set([...(c.agreements?.items ?? []), ...items])];
        return {
          agreements: {
            on,
            by: ctx.operator().id,
            items: ALL_AGREEMENTS.filter((a) => all.includes(a)),
            archived: true,
          },
        };
      },
      items.join(','),
    );
    return {
      message: `movein: sign ${id}`,
      summary: msg(
        `${id}：已签署 ${items.map((i) => label('agreement', i)).join('、')}（一式两份，一份存档）`,
        `${id}: signed ${items.map((i) => label('agreement', i)).join(', ')} (in duplicate, one archived)`,
      ),
    };
  });
}
