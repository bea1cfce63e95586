// wuye unit transfer 1-2-0801 --to P000200 [P000201] --documents 不动产权证,身份证 [--date 2026-11-28]
//      [--override 法院判决过户，欠费由原业主另行结清 --approved-by S002]
// 过户: the owners change by an explicit step that keeps the previous owners, the date and the documents seen
// — never by overwriting (spec 01, "Ownership transfer"); refused while the unit has arrears (fee/api.ts)
// unless the cs-manager overrides with a reason, recorded; the papers seen are listed in the unit's file.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { requireStaff } from '../../../kit/refs.js';
import { fileDocuments } from '../../archive/api.js';
import { unitArrears } from '../../fee/api.js';
import { personRef, requireNonEmpty, requirePerson } from '../person-refs.js';

const MANAGERS = ['cs-manager', 'director'] as const;

export function parse(l: Line) {
  const id = l.id(0, 'unit');
  const to = l
    .values('to')
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  requireNonEmpty(to, '--to');
  for (const p of to) personRef(p, '--to');
  const date = l.date('date');
  const documents = (l.text('documents') ?? '')
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  requireNonEmpty(documents, '--documents');
  const override = l.text('override');
  const approvedBy = l.idOpt('approvedBy', 'staff');
  if (approvedBy && !override)
    throw new UsageError(
      msg('--approved-by 须与 --override 理由一起使用', '--approved-by goes with --override REASON'),
    );
  if (override === '') throw new UsageError(msg('--override 须写明理由', '--override needs a reason'));
  return { id, to, date, documents, note: l.text('note'), override, approvedBy };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, to, documents } = o;
  const date = o.date ?? ctx.today();
  const op = ctx.operator();
  let warned = '';
  await ctx.write((tx) => {
    for (const p of to) requirePerson(tx, p, '--to');
    const arrears = unitArrears(tx, ctx.store, id, ctx.today());
    let override: { by: string; reason: string } | undefined;
    if (arrears.amount > 0) {
      const owed = formatYuan(arrears.amount);
      if (!o.override)
        throw new RuleError(
          msg(
            `${id} 欠费 ${owed}（${arrears.bills} 笔，最早应缴 ${arrears.oldest}），欠费未清不能过户`,
            `${id} owes ${owed} (${arrears.bills} bills, the oldest due ${arrears.oldest}); no transfer while in arrears`,
          ),
          msg(
            `先结清欠费（wuye fee account ${id}），或由客服部经理批准: --override 理由 --approved-by 经理编号`,
            `settle the arrears first (wuye fee account ${id}), or the cs-manager overrides: --override REASON --approved-by MANAGER`,
          ),
        );
      const by = o.approvedBy ?? op.id;
      requireStaff(tx, by, o.approvedBy ? '--approved-by' : '--as', MANAGERS);
      override = { by, reason: o.override };
      warned = owed;
    }
    tx.edit<UnitRecord>('unit', id, (doc, u) => {
      const from = (u.owners ?? []).map((x) => x.person);
      if (from.length === 0)
        throw new RuleError(
          msg(`${id} 还没有业主，无需过户`, `${id} has no owner yet; nothing to transfer`),
          msg(
            '首次登记业主用 wuye unit update --add-owner',
            'register a first owner with wuye unit update --add-owner',
          ),
        );
      if (from.length === to.length && from.every((p) => to.includes(p)))
        throw new RuleError(
          msg(
            `${to.join('、')} 已是 ${id} 的业主，不能过户给现业主`,
            `${to.join(', ')} already own ${id}: a transfer to the current owners is refused`,
          ),
          msg(
            '--to 写新业主的人员编号（wuye person list 查找）',
            'give the new owners with --to (see wuye person list)',
          ),
        );
      appendIn(doc, ['transfers'], {
        date,
        from,
        to,
        documents,
        by: op.id,
        ...(override ? { arrears: formatMoney(arrears.amount), override } : {}),
        ...(o.note ? { note: o.note } : {}),
      });
      setIn(
        doc,
        ['owners'],
        to.map((p) => ({
          person: p,
          ...(to.length > 1 ? { share: Math.floor(100 / to.length) + (p === to[0] ? 100 % to.length : 0) } : {}),
          since: date,
        })),
      );
    });
    // the papers seen go into the unit's file (三.2; archive/api.ts)
    fileDocuments(tx, {
      unit: id,
      types: ['transfer-papers'],
      title: `${date} 过户：${documents.join('、')}`,
      on: date,
      by: op.id,
    });
    return {
      message: `unit: transfer ${id}`,
      summary: msg(`${id} 已过户给 ${to.join('、')}`, `${id} transferred to ${to.join(', ')}`),
    };
  });
  if (warned)
    ctx.warn(
      msg(
        `${id} 带欠费 ${warned} 过户，经理已批准并记录理由`,
        `${id} transferred with arrears of ${warned}, overridden by the manager with a reason on record`,
      ),
    );
}
