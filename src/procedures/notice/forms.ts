// The printed notice (manual 二.8): an A4 poster from the notice record — its title large, its body, the
// center's name and the date it is posted from, a circle for the seal. e.g. wuye form notice GG2026-0004
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { writeFormFile } from '../../kit/form-command.js';
import { readCase } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import { NOTICE_CASES, type Notice } from './rules.js';

export function noticeLoad(ctx: Ctx, id: string): FormLoad {
  const n = readCase<Notice>(ctx.store, NOTICE_CASES, id);
  const draft = n.state === 'draft';
  return {
    id: n.id,
    date: n.from,
    data: {
      notice: {
        id: n.id,
        title: n.title,
        body: n.body,
        from: n.from,
        to: n.to,
        mark: draft ? '（草稿，未经审批，不得张贴）' : undefined,
      },
    },
  };
}

export const writeNotice = (
  ctx: Ctx,
  loaded: FormLoad,
  given: string | undefined,
  defaultName: string,
): Promise<string> => writeFormFile(ctx, 'notice/poster', loaded, given, defaultName);

export const FORMS: FormDef[] = [
  {
    name: 'notice',
    template: 'notice/poster',
    title: msg('公告（A4 海报）', 'public notice (A4 poster)'),
    idKind: 'notice',
    load: (ctx: Ctx, id: string) => noticeLoad(ctx, id),
  },
];
