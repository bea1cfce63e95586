// wuye renovation accept ZX2026-0007 --result pass --item 防水:ok --item 消防:ok --as S004
// Manual 四.3: engineering inspects the finished works; only accepted works get the deposit back.
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, record, takeStep } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const pass = opts.result === 'pass';
  const raw = opts.item === undefined ? [] : Array.isArray(opts.item) ? opts.item : [String(opts.item)];
  const items = raw.map((s) => {
    const [item, ok, ...rest] = s.split(':');
    if (!item || (ok !== 'ok' && ok !== 'fail'))
      throw new UsageError(
        msg(`--item 格式应为 项目:ok|fail[:说明]，而不是 "${s}"`, `--item is item:ok|fail[:note], not "${s}"`),
      );
    return { item, ok: ok === 'ok', ...(rest.length ? { note: rest.join(':') } : {}) };
  });
  const day = optDate(opts, 'date', '--date') ?? ctx.today();
  const entry = { date: day, by: '', result: pass ? 'pass' : 'fail', ...(items.length ? { items } : {}) };
  await ctx.write((tx) => {
    entry.by = ctx.operator().id;
    if (pass) takeStep(ctx, tx, id, 'accept', () => ({ append: { acceptances: [entry] } }));
    else
      record(
        ctx,
        tx,
        id,
        'accept-fail',
        msg('竣工验收', 'accept'),
        ['completed'],
        ['engineer'],
        () => ({ append: { acceptances: [entry] } }),
        str(opts, 'note'),
      );
    return {
      message: `renovation: accept ${id} ${pass ? 'pass' : 'fail'}`,
      summary: pass
        ? msg(`${id} 验收合格`, `${id} accepted`)
        : msg(`${id} 验收不合格，整改后再验`, `${id} failed acceptance; inspect again after rectification`),
    };
  });
}
