// wuye unit transfer 1-2-0801 --to P000200 [P000201] --documents 不动产权证,身份证 [--date 2026-11-28]
// 过户: the owners change by an explicit step that keeps the previous owners, the
// date and the documents seen — never by overwriting (spec 01, "Ownership transfer").
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { personRef, requireNonEmpty, requirePerson } from '../person-refs.js';

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
  return { id, to, date, documents, note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, to, documents } = o;
  const date = o.date ?? ctx.today();
  const op = ctx.operator();
  await ctx.write((tx) => {
    for (const p of to) requirePerson(tx, p, '--to');
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
        throw new RuleError(msg('新业主与原业主相同', 'the new owners are the current owners'));
      appendIn(doc, ['transfers'], { date, from, to, documents, by: op.id, ...(o.note ? { note: o.note } : {}) });
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
    return {
      message: `unit: transfer ${id}`,
      summary: msg(`${id} 已过户给 ${to.join('、')}`, `${id} transferred to ${to.join(', ')}`),
    };
  });
}
