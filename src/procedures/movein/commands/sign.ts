// 签署协议 (4.7): the temporary owners' covenant, the preliminary property
// service agreement and the safety responsibility letter, in duplicate — one
// copy to the owner's archive file (listed there: archive/api.ts), one to the owner.
// e.g. wuye movein sign 3-1-0101
import { stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { fileDocuments } from '../../archive/api.js';
import { MOVEIN_CASES } from '../cases.js';
import { ALL_AGREEMENTS, type MoveinState } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'movein'),
    items: l.list('items', ALL_AGREEMENTS) ?? [...ALL_AGREEMENTS],
    on: l.date('on'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, items } = o;
  const on = o.on ?? ctx.today();
  await ctx.write((tx) => {
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
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
    // one copy of each into the owner's file (4.7.3): listed in the unit's archive
    fileDocuments(tx, { unit: id, types: items, on, by: ctx.operator().id, source: `movein/${id}` });
    return {
      message: `movein: sign ${id}`,
      summary: msg(
        `${id}：已签署 ${items.map((i) => label('agreement', i)).join('、')}（一式两份，一份存档）`,
        `${id}: signed ${items.map((i) => label('agreement', i)).join(', ')} (in duplicate, one archived)`,
      ),
    };
  });
}
