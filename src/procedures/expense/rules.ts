// The rules of expense claims (spec procedures/08-expense.md; manual 四.8 物业服务中心费用报销要求): the
// approval chain by amount (wuye.yaml `expense`: up to ¥500 the department manager, up to ¥5,000 also the
// director, above also the company's finance), an invoice claimed once across all years, invoices older
// than the limit refused, hospitality with purpose and guests, event costs linked to the event.
// e.g. chainFor(50001, cfg(config.expense)) → ['manager', 'director', 'finance']
import { defineMachine, type Role } from '../../core/case.js';
import { daysBetween } from '../../core/dates.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { CONFIG_DEFAULTS, type ExpenseLevel, type ExpenseState } from '../../core/enums.gen.js';
import { formatYuan, parseMoney, type Fen } from '../../core/money.js';
import type { ExpenseRecord } from '../../core/types.gen.js';

export type Claim = ExpenseRecord;
export type Line = Claim['lines'][number];

export interface ExpenseConf {
  managerUpTo: Fen;
  directorUpTo: Fen;
  invoiceMaxAgeDays: number;
}

type ExpenseYaml = { manager_up_to?: string; director_up_to?: string; invoice_max_age_days?: number };

/** The `expense` section of wuye.yaml with the schema's defaults (the manual's values). */
export function cfg(c: ExpenseYaml | undefined): ExpenseConf {
  const d = CONFIG_DEFAULTS.expense as Required<ExpenseYaml>;
  return {
    managerUpTo: parseMoney(c?.manager_up_to ?? d.manager_up_to),
    directorUpTo: parseMoney(c?.director_up_to ?? d.director_up_to),
    invoiceMaxAgeDays: c?.invoice_max_age_days ?? d.invoice_max_age_days,
  };
}

/** The approvals a claim of this amount needs, in order (the limits are inclusive: ¥500.00 is the manager's alone). */
export function chainFor(amount: Fen, c: ExpenseConf): ExpenseLevel[] {
  if (amount <= c.managerUpTo) return ['manager'];
  if (amount <= c.directorUpTo) return ['manager', 'director'];
  return ['manager', 'director', 'finance'];
}

/** The role that signs at each level. The department manager of the customer-service department is its manager. */
export const LEVEL_ROLE: Record<ExpenseLevel, Role> = {
  manager: 'cs-manager',
  director: 'director',
  finance: 'finance',
};
export const PENDING: Record<ExpenseLevel, ExpenseState> = {
  manager: 'pending-manager',
  director: 'pending-director',
  finance: 'pending-finance',
};
export const LEVEL_OF: Partial<Record<ExpenseState, ExpenseLevel>> = {
  'pending-manager': 'manager',
  'pending-director': 'director',
  'pending-finance': 'finance',
};

/**
 * The claim's machine. `approve` completes the chain (→ approved); `endorse` signs one level and passes
 * the claim up (the chain stored on the claim says which of the two a signature is). Each level is
 * signed only by its role, in order: a director cannot sign before the manager.
 */
export const EXPENSE = defineMachine<ExpenseState>({
  name: 'expense',
  initial: 'pending-manager',
  states: {
    'pending-manager': msg('待部门经理审批', 'awaiting the department manager'),
    'pending-director': msg('待主任审批', 'awaiting the director'),
    'pending-finance': msg('待公司财务审批', "awaiting the company's finance"),
    approved: msg('已批准待付款', 'approved, to be paid'),
    rejected: msg('已退回', 'rejected'),
    paid: msg('已付款', 'paid'),
  },
  transitions: [
    ...(['manager', 'director', 'finance'] as const).flatMap((lv) => [
      {
        action: 'approve',
        from: [PENDING[lv]],
        to: 'approved' as const,
        roles: [LEVEL_ROLE[lv]],
        label: msg('审批同意', 'approve'),
      },
      {
        action: 'reject',
        from: [PENDING[lv]],
        to: 'rejected' as const,
        roles: [LEVEL_ROLE[lv]],
        label: msg('退回', 'reject'),
      },
    ]),
    {
      action: 'endorse',
      from: ['pending-manager'],
      to: 'pending-director',
      roles: ['cs-manager'],
      label: msg('同意并报主任审批', 'approve and pass to the director'),
    },
    {
      action: 'endorse',
      from: ['pending-director'],
      to: 'pending-finance',
      roles: ['director'],
      label: msg('同意并报公司财务审批', "approve and pass to the company's finance"),
    },
    { action: 'pay', from: ['approved'], to: 'paid', roles: ['cashier'], label: msg('付款', 'pay') },
  ],
});

/** Which step a signature at the claim's current level is: the last level of its chain approves. */
export function approvalAction(c: Pick<Claim, 'state' | 'chain'>): 'approve' | 'endorse' {
  const lv = LEVEL_OF[c.state];
  return lv !== undefined && c.chain.at(-1) === lv ? 'approve' : 'endorse';
}

/** The invoice's key: code and number (an all-electronic invoice has a number alone). */
export const invoiceKey = (l: Pick<Line, 'invoice_code' | 'invoice_no'>) => `${l.invoice_code ?? ''}/${l.invoice_no}`;
export const invoiceText = (l: Pick<Line, 'invoice_code' | 'invoice_no'>) =>
  l.invoice_code ? `${l.invoice_code} ${l.invoice_no}` : l.invoice_no;

/** Every invoice already claimed (rejected claims free theirs): key → claim id. */
export function claimedInvoices(claims: Iterable<Pick<Claim, 'id' | 'state' | 'lines'>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of claims) {
    if (c.state === 'rejected') continue;
    for (const l of c.lines) if (!out.has(invoiceKey(l))) out.set(invoiceKey(l), c.id);
  }
  return out;
}

export interface NewClaim {
  date: string;
  category: Claim['category'];
  purpose?: string;
  guests?: string;
  event?: string;
  lines: Line[];
}

/** Refuse a claim that breaks a rule: one line each — what, and what to do. */
export function checkClaim(n: NewClaim, claimed: ReadonlyMap<string, string>, c: ExpenseConf): void {
  const seen = new Set<string>();
  n.lines.forEach((l, i) => {
    const where = msg(`第 ${i + 1} 张发票（${invoiceText(l)}）`, `invoice ${i + 1} (${invoiceText(l)})`);
    const first = claimed.get(invoiceKey(l));
    if (first)
      throw new RuleError(
        msg(`${where.zh}已在报销单 ${first} 中报销过`, `${where.en} was already claimed on ${first}`),
        msg('同一张发票只能报销一次；核对发票代码和号码', 'an invoice is claimed once; check its code and number'),
      );
    if (seen.has(invoiceKey(l)))
      throw new RuleError(
        msg(`${where.zh}在本单中重复`, `${where.en} appears twice on this claim`),
        msg('每张发票只写一行', 'list each invoice once'),
      );
    seen.add(invoiceKey(l));
    if (l.date > n.date)
      throw new RuleError(
        msg(
          `${where.zh}的开票日期 ${l.date} 晚于报销日期 ${n.date}`,
          `${where.en} is dated ${l.date}, after the claim (${n.date})`,
        ),
        msg('核对开票日期', 'check the invoice date'),
      );
    const age = daysBetween(l.date, n.date);
    if (age > c.invoiceMaxAgeDays)
      throw new RuleError(
        msg(
          `${where.zh}开票于 ${l.date}，已超过 ${c.invoiceMaxAgeDays} 天（${age} 天），不能报销`,
          `${where.en} is dated ${l.date}, older than ${c.invoiceMaxAgeDays} days (${age} days); it cannot be claimed`,
        ),
        msg('逾期发票须经财务另行处理', 'an out-of-date invoice goes to the finance department separately'),
      );
    if (parseMoney(l.amount) <= 0)
      throw new RuleError(msg(`${where.zh}的金额须大于零`, `${where.en} must be above zero`));
  });
  if (n.category === 'hospitality' && (!n.purpose || !n.guests))
    throw new RuleError(
      msg('业务招待费须写明事由和招待对象', 'a hospitality claim needs the purpose and the guests'),
      msg('加 --purpose 事由 --guests "对象及人数"', 'add --purpose TEXT --guests "who and how many"'),
    );
  if (n.category === 'events' && !n.event)
    throw new RuleError(
      msg('社区活动费须关联活动', 'a community-event claim names its event'),
      msg('加 --event 活动编号或名称', 'add --event EVENT (its id or name)'),
    );
}

export const total = (lines: readonly Pick<Line, 'amount'>[]): Fen =>
  lines.reduce((s, l) => s + parseMoney(l.amount), 0);

/** Who has signed at each level, in the chain's order ('' when not yet). */
export function signatures(c: Claim): { level: ExpenseLevel; by?: string; at?: string }[] {
  return c.chain.map((level) => {
    const a = (c.approvals ?? []).find((x) => x.level === level);
    return { level, by: a?.by, at: a?.at };
  });
}

export const chainText = (chain: readonly ExpenseLevel[]): Msg =>
  msg(
    chain.map((l) => ({ manager: '部门经理', director: '主任', finance: '公司财务' })[l]).join(' → '),
    chain.map((l) => ({ manager: 'manager', director: 'director', finance: 'finance' })[l]).join(' → '),
  );

export const yuan = formatYuan;
