// wuye expense new --category office --line "vat-ordinary:043002400111:01234567:长沙文具店:2026-11-20:128.50:打印纸" --as S003
// Manual 四.8: a claim lists each invoice (type, code and number, issuer, date, amount); the chain of
// approvals follows the total (wuye.yaml `expense`); an invoice is claimed once; old invoices are refused.
import { openCase } from '../../../core/case-engine.js';
import { parseDateInput } from '../../../core/dates.js';
import { INVOICE_TYPE, type ExpenseCategory, type InvoiceType } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatMoney, formatYuan, parseAmountInput } from '../../../core/money.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { actor, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import { conf, EXPENSE_CASES } from '../cases.js';
import { chainFor, chainText, checkClaim, claimedInvoices, PENDING, total, type Claim } from '../rules.js';

/** One --line value: type:code:number:issuer:date:amount[:description]. */
export function parseInvoice(v: string, n: number): Claim['lines'][number] {
  const where = `--line ${n}`;
  const p = parts(v, 7).map((s) => s.trim());
  if (p.length < 6)
    throw new UsageError(
      msg(
        `${where} 应为 类型:代码:号码:开票单位:日期:金额[:摘要]，而不是 "${v}"`,
        `${where} must be type:code:number:issuer:date:amount[:description], not "${v}"`,
      ),
      msg('全电发票没有发票代码，写成 e-invoice::号码:…', 'an all-electronic invoice has no code: e-invoice::NUMBER:…'),
    );
  const [type, code, no, issuer, date, amount, description] = p;
  if (!INVOICE_TYPE.includes(type as InvoiceType))
    throw new UsageError(
      msg(`${where} 的发票类型 "${type}" 未知`, `${where}: unknown invoice type "${type}"`),
      msg(`可用: ${INVOICE_TYPE.join(', ')}`, `allowed: ${INVOICE_TYPE.join(', ')}`),
    );
  const code_ = /^[0-9A-Za-z]{0,20}$/;
  if (!code_.test(code) || !no || !code_.test(no))
    throw new UsageError(
      msg(
        `${where} 的发票代码或号码无效: "${code}" "${no}"`,
        `${where}: invalid invoice code or number "${code}" "${no}"`,
      ),
      msg('代码和号码只含字母和数字', 'codes and numbers are letters and digits'),
    );
  if (!issuer) throw new UsageError(msg(`${where} 缺少开票单位`, `${where}: the issuer is missing`));
  const fen = parseAmountInput(amount, where);
  return {
    invoice_type: type as InvoiceType,
    ...(code ? { invoice_code: code } : {}),
    invoice_no: no,
    issuer,
    date: parseDateInput(date, where),
    amount: formatMoney(fen),
    ...(description ? { description } : {}),
  };
}

export function parse(l: Line) {
  const lines = l.values('line').map((v, i) => parseInvoice(v, i + 1));
  if (!lines.length) throw new UsageError(msg('至少登记一张发票（--line）', 'list at least one invoice (--line)'));
  const claimant = l.text('claimant');
  const event = l.text('event');
  return {
    category: l.choice<ExpenseCategory>('category')!,
    lines,
    claimant: claimant === undefined ? undefined : checkId('staff', claimant, '--claimant'),
    date: l.date('date'),
    purpose: l.text('purpose'),
    guests: l.text('guests'),
    event: event === undefined ? undefined : checkId('event', event, '--event'),
    attachments: l.int('attachments', 0, 999),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    const claimant = o.claimant ?? who.id;
    const staff = tx.tryRead<StaffRecord>('staff', claimant);
    if (!staff)
      throw new RuleError(
        msg(`没有员工 ${claimant}`, `no staff member ${claimant}`),
        msg('用 wuye staff list 查看', 'see wuye staff list'),
      );
    if (o.event && !tx.tryRead('event', o.event))
      throw new RuleError(
        msg(`没有活动 ${o.event}`, `no event ${o.event}`),
        msg('用 wuye event list 查看活动编号', 'see wuye event list for the event ids'),
      );
    const date = o.date ?? ctx.today();
    if (date > ctx.today())
      throw new RuleError(msg(`报销日期 ${date} 在今天之后`, `the claim date ${date} is after today`));
    const c = conf(ctx);
    checkClaim({ ...o, date }, claimedInvoices([...tx.store.all<Claim>('expense')].map((r) => r.data)), c);
    const amount = total(o.lines);
    const chain = chainFor(amount, c);
    const id = nextCaseId(ctx, tx, 'expense', date.slice(0, 4));
    openCase<Claim, Claim['state']>(
      tx,
      EXPENSE_CASES,
      who,
      {
        kind: 'expense',
        id,
        claimant,
        date,
        category: o.category,
        ...(o.purpose ? { purpose: o.purpose } : {}),
        ...(o.guests ? { guests: o.guests } : {}),
        ...(o.event ? { event: o.event } : {}),
        attachments: o.attachments ?? o.lines.length,
        lines: o.lines,
        amount: formatMoney(amount),
        chain,
        state: PENDING.manager,
      },
      'submit',
    );
    return {
      message: `expense: new ${id}`,
      summary: msg(
        `已提交报销单 ${id}，合计 ${formatYuan(amount)}，审批: ${t(chainText(chain))}`,
        `claim ${id} filed, ${formatYuan(amount)}, approvals: ${chainText(chain).en}`,
      ),
    };
  });
}
