// wuye notice new --template water-cut --set reason=二次供水水箱清洗 --set date=2026-12-05 --set time=09:00–17:00 --set area=1栋 --to 2026-12-05
// Manual 二.8: public notices are written from the center's templates; every blank must be filled (a notice
// with a ________ is refused, naming what to --set); the fee disclosure (三.6.13) takes its income figures from
// the fee ledger of the year. The notice is a draft until the CS manager approves it.
import { actor, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { openCase } from '../../../core/case-engine.js';
import { parseDateInput } from '../../../core/dates.js';
import type { NoticeState, NoticeTemplate } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatMoney } from '../../../core/money.js';
import { fillNotice, NOTICE_CASES, placeholders, type Notice } from '../rules.js';
import { disclosureFigures, loadNoticeTemplate, noticeData, sourceOf } from '../texts.js';

const RESERVED = ['center', 'estate', 'notice', 'event', 'fee', 'today'];

export function parse(l: Line) {
  const values: Record<string, string> = {};
  for (const s of l.values('set')) {
    const m = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(s);
    if (!m || !m[2].trim())
      throw new UsageError(
        msg(`--set 应形如 名称=内容，而不是 "${s}"`, `--set takes name=value, not "${s}"`),
        msg('如 --set date=2026-12-05', 'e.g. --set date=2026-12-05'),
      );
    if (RESERVED.includes(m[1]))
      throw new UsageError(
        msg(`${m[1]} 由系统填写，不能用 --set 设置`, `${m[1]} is filled by wuye; it cannot be --set`),
      );
    values[m[1]] = m[2].trim();
  }
  const template = l.choice<NoticeTemplate>('template')!;
  const eventId = l.text('event');
  if (template === 'event' && !eventId)
    throw new UsageError(msg('活动通知须给出 --event 活动编号', 'an event notice needs --event ID'));
  return {
    template,
    values,
    from: l.date('from'),
    to: l.date('to')!,
    event: eventId === undefined ? undefined : checkId('event', eventId, '--event'),
    year: l.int('year', 2000, 2100),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const from = o.from ?? today;
  if (o.to < from)
    throw new UsageError(msg(`--to ${o.to} 早于起始日期 ${from}`, `--to ${o.to} is before the start ${from}`));
  const t = loadNoticeTemplate(ctx.root, ctx.config.templates, o.template);
  const src = sourceOf(ctx);
  const names = placeholders(`${t.title}\n${t.body}`);
  const own = names.filter((p) => !RESERVED.includes(p.path.split('.')[0]));
  const unknown = Object.keys(o.values).filter((k) => !own.some((p) => p.path === k));
  if (unknown.length)
    throw new UsageError(
      msg(
        `模板 ${o.template} 没有空位 ${unknown.join('、')}`,
        `template ${o.template} has no blank ${unknown.join(', ')}`,
      ),
      msg(
        `可填写: ${own.map((p) => p.path).join(', ') || '（无）'}`,
        `its blanks: ${own.map((p) => p.path).join(', ') || '(none)'}`,
      ),
    );
  for (const p of own)
    if (p.format === 'date' && o.values[p.path] !== undefined) parseDateInput(o.values[p.path], `--set ${p.path}`);
  const year = o.template === 'fee-disclosure' ? (o.year ?? Number(today.slice(0, 4)) - 1) : undefined;
  if (o.event) ctx.store.read('event', o.event); // not found: exit 3
  const disc = year !== undefined ? disclosureFigures(src, year) : undefined;
  const data = noticeData(src, {
    template: o.template,
    values: o.values,
    from,
    to: o.to,
    event: o.event,
    year,
    figures: disc,
  });
  const filled = fillNotice(t, data);
  if (filled.missing.length) {
    const label = (p: string) => (t.labels[p] ? `${p}（${t.labels[p]}）` : p);
    throw new RuleError(
      msg(
        `公告模板 ${o.template} 还有空位未填写: ${filled.missing.map(label).join('、')}`,
        `notice template ${o.template} has blanks left unfilled: ${filled.missing.join(', ')}`,
      ),
      msg(
        `用 --set 填写，如 --set ${filled.missing[0]}=…${filled.missing.some((m) => m.startsWith('center.')) ? '（center.* 在 wuye.yaml 中设置）' : ''}`,
        `fill them with --set, e.g. --set ${filled.missing[0]}=…${filled.missing.some((m) => m.startsWith('center.')) ? ' (center.* is set in wuye.yaml)' : ''}`,
      ),
    );
  }
  const figures = disc?.figures;
  await ctx.write((tx) => {
    const id = nextCaseId(ctx, tx, 'notice', today.slice(0, 4));
    openCase<Notice, NoticeState>(tx, NOTICE_CASES, actor(ctx), {
      kind: 'notice',
      id,
      template: o.template,
      title: filled.title,
      body: filled.body,
      ...(Object.keys(o.values).length ? { values: o.values } : {}),
      ...(o.event ? { event: o.event } : {}),
      ...(figures
        ? {
            disclosure: {
              year: figures.year,
              billed: formatMoney(figures.billed),
              received: formatMoney(figures.received),
              income: formatMoney(figures.income),
            },
          }
        : {}),
      from,
      to: o.to,
    });
    return {
      message: `notice: new ${id}`,
      summary: msg(
        `已拟写公告 ${id}「${filled.title}」；请用户服务部经理审批: wuye notice approve ${id}`,
        `notice ${id} "${filled.title}" drafted; the CS manager approves it: wuye notice approve ${id}`,
      ),
    };
  });
}
