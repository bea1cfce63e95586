// One unit's file (业主档案袋): where it is, whether it is confidential, what it holds, its loans.
// e.g. wuye archive show 1-2-0801
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { isOverdue, openLoan, placeText, type ArchiveFile, fileOf } from '../rules.js';

export const parse = (l: Line) => ({ ...fileOf(l.id(0, 'unit')) });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const f = ctx.shown.read<ArchiveFile>('archive', o.id).data;
  const today = ctx.today();
  if (ctx.globals.json) {
    ctx.out.json(f);
    return;
  }
  const out = openLoan(f);
  ctx.out.fields([
    [msg('档案袋', 'File'), f.id],
    [msg('存放位置', 'Place'), placeText(f) || '（未登记）'],
    [msg('密级', 'Confidential'), f.confidential ? '机密（借阅须客服部经理批准）' : '一般'],
    [
      msg('现状', 'Now'),
      out ? `借出：${out.to}，${out.out} 起，应还 ${out.due}${isOverdue(out, today) ? '（逾期）' : ''}` : '在柜',
    ],
  ]);
  ctx.out.line();
  ctx.out.table(f.documents, [
    { key: 'type', header: msg('文件', 'Document'), get: (d) => label('archiveDocument', d.type) },
    { key: 'title', header: msg('说明', 'Title'), get: (d) => d.title ?? '' },
    { key: 'on', header: msg('归档日期', 'Filed'), get: (d) => d.added_on },
    { key: 'source', header: msg('来源', 'Source'), get: (d) => d.source ?? '' },
  ]);
  if (f.loans?.length) {
    ctx.out.line();
    ctx.out.table(f.loans, [
      { key: 'to', header: msg('借阅人', 'Borrower'), get: (l) => l.to },
      { key: 'purpose', header: msg('事由', 'Purpose'), get: (l) => l.purpose },
      { key: 'out', header: msg('借出', 'Out'), get: (l) => l.out },
      { key: 'due', header: msg('应还', 'Due'), get: (l) => l.due },
      { key: 'in', header: msg('归还', 'Back'), get: (l) => l.in ?? (isOverdue(l, today) ? '逾期未还' : '未还') },
      { key: 'ok', header: msg('批准', 'Approved'), get: (l) => l.approved_by ?? '' },
    ]);
  }
}
