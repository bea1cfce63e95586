// The printed forms of expense claims (spec 08-expense.md "Forms"; manual 四.8): the 费用报销单 with the
// invoices, the total in figures and in uppercase (大写) and each approval's signature and date, and the
// 粘贴单 the invoices are glued onto. e.g. wuye expense form claim BZ2026-0001 --out bz.pdf
import { readCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { eventTitle } from '../event/api.js';
import { EXPENSE_CASES } from './cases.js';
import { invoiceText, type Claim } from './rules.js';

const nameOf = (ctx: Ctx, id: string | undefined) =>
  id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;

/** The data model both forms are filled from. */
export function claimModel(ctx: Ctx, c: Claim): Record<string, unknown> {
  const staff = ctx.shown.tryRead<StaffRecord>('staff', c.claimant)?.data;
  const sig = (level: string) => {
    const a = (c.approvals ?? []).find((x) => x.level === level);
    const needed = c.chain.includes(level as never);
    return { name: a ? nameOf(ctx, a.by) : needed ? undefined : '（不需）', date: a ? dateOf(a.at) : undefined };
  };
  return {
    claim: {
      id: c.id,
      date: c.date,
      claimant: staff?.name ?? c.claimant,
      department: staff ? labelZh('department', staff.department) : undefined,
      category: labelZh('expenseCategory', c.category),
      purpose: [
        c.purpose,
        c.guests ? `招待对象：${c.guests}` : undefined,
        c.event ? `活动：${c.event} ${eventTitle(ctx.shown, c.event) ?? ''}`.trim() : undefined,
      ]
        .filter(Boolean)
        .join('；'),
      attachments: String(c.attachments ?? c.lines.length),
      invoices: String(c.lines.length),
      amount: c.amount,
      chain: c.chain.map((l) => labelZh('expenseLevel', l)).join(' → '),
      state: labelZh('expenseState', c.state),
      rejection: c.rejection
        ? `${nameOf(ctx, c.rejection.by)} ${dateOf(c.rejection.at)}：${c.rejection.reason}`
        : undefined,
    },
    lines: c.lines.map((l) => ({
      type: labelZh('invoiceType', l.invoice_type),
      no: invoiceText(l),
      issuer: l.issuer,
      date: l.date,
      amount: l.amount,
      description: l.description,
    })),
    sign: {
      claimant: staff?.name ?? c.claimant,
      claimant_date: c.date,
      manager: sig('manager').name,
      manager_date: sig('manager').date,
      director: sig('director').name,
      director_date: sig('director').date,
      finance: sig('finance').name,
      finance_date: sig('finance').date,
      cashier: c.paid ? nameOf(ctx, c.paid.by) : undefined,
      cashier_date: c.paid ? dateOf(c.paid.at) : undefined,
    },
  };
}

export function loadClaimForm(ctx: Ctx, id: string): FormLoad {
  const cid = checkId('expense', id.trim(), 'ID');
  const c = readCase<Claim>(ctx.shown, EXPENSE_CASES, cid);
  return { id: cid, date: dateOf(c.log.at(-1)!.at), data: claimModel(ctx, c) };
}

const def = (name: string, zh: string, en: string): FormDef => ({
  name: `expense-${name}`,
  template: `expense/${name}`,
  title: msg(zh, en),
  idKind: 'expense',
  load: (ctx, id) => loadClaimForm(ctx, id),
});

export const FORMS: FormDef[] = [
  def('claim', '费用报销单', 'expense claim form'),
  def('paste', '粘贴单', 'invoice paste sheet'),
];
