// The rules of expense claims with the manual's figures (manual 四.8; spec 08-expense.md): the approval chain
// at ¥500.00, ¥500.01, ¥5,000.00 and ¥5,000.01; an invoice claimed once (naming the first claim), across
// years; the 180-day limit; hospitality and event claims; each level signed by its role, in order.
import { describe, expect, it } from 'vitest';
import { step } from '../../../src/core/case.js';
import { RuleError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import { expense } from '../../../src/procedures/expense/index.js';
import { parse as parseNew, parseInvoice } from '../../../src/procedures/expense/commands/new.js';
import {
  approvalAction,
  cfg,
  chainFor,
  checkClaim,
  claimedInvoices,
  EXPENSE,
  type Claim,
  type NewClaim,
} from '../../../src/procedures/expense/rules.js';
import type { CommandSpec } from '../../../src/kit/spec.js';

const C = cfg(undefined);
const inv = (no: string, date = '2026-11-20', amount = '100.00', code = '043002600111'): Claim['lines'][number] => ({
  invoice_type: 'vat-ordinary',
  invoice_code: code,
  invoice_no: no,
  issuer: '长沙文具店',
  date,
  amount,
});
const claim = (n: Partial<NewClaim> & { lines: Claim['lines'] }): NewClaim => ({
  date: '2026-11-28',
  category: 'office',
  ...n,
});
const refused = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return (e as RuleError).message;
  }
  throw new Error('not refused');
};

describe('the approval chain by amount (wuye.yaml expense, the manual’s defaults)', () => {
  it('¥500.00 is the department manager’s alone; ¥500.01 needs the director too', () => {
    expect(chainFor(50000, C)).toEqual(['manager']);
    expect(chainFor(50001, C)).toEqual(['manager', 'director']);
  });
  it('¥5,000.00 stops at the director; ¥5,000.01 goes on to the company’s finance', () => {
    expect(chainFor(500000, C)).toEqual(['manager', 'director']);
    expect(chainFor(500001, C)).toEqual(['manager', 'director', 'finance']);
  });
  it('the limits come from wuye.yaml', () => {
    const c = cfg({ manager_up_to: '300.00', director_up_to: '2000.00' });
    expect(chainFor(30000, c)).toEqual(['manager']);
    expect(chainFor(30001, c)).toEqual(['manager', 'director']);
    expect(chainFor(200001, c)).toEqual(['manager', 'director', 'finance']);
    expect(c.invoiceMaxAgeDays).toBe(180);
  });
});

describe('each level signed by its role, in order', () => {
  it('the manager signs first; the director cannot sign before', () => {
    expect(() => step(EXPENSE, 'pending-manager', 'approve', ['director'])).toThrow(/customer service manager/);
    expect(step(EXPENSE, 'pending-manager', 'endorse', ['cs-manager']).to).toBe('pending-director');
    expect(step(EXPENSE, 'pending-director', 'endorse', ['director']).to).toBe('pending-finance');
    expect(step(EXPENSE, 'pending-finance', 'approve', ['finance']).to).toBe('approved');
    expect(() => step(EXPENSE, 'pending-finance', 'approve', ['director'])).toThrow(RuleError);
  });
  it('the last level of the claim’s chain approves, an earlier one passes it up', () => {
    expect(approvalAction({ state: 'pending-manager', chain: ['manager'] })).toBe('approve');
    expect(approvalAction({ state: 'pending-manager', chain: ['manager', 'director'] })).toBe('endorse');
    expect(approvalAction({ state: 'pending-director', chain: ['manager', 'director'] })).toBe('approve');
    expect(approvalAction({ state: 'pending-director', chain: ['manager', 'director', 'finance'] })).toBe('endorse');
  });
  it('only an approved claim is paid, and only by the cashier', () => {
    for (const s of ['pending-manager', 'pending-director', 'pending-finance', 'rejected'] as const)
      expect(() => step(EXPENSE, s, 'pay', ['cashier'])).toThrow(RuleError);
    expect(() => step(EXPENSE, 'approved', 'pay', ['director'])).toThrow(RuleError);
    expect(step(EXPENSE, 'approved', 'pay', ['cashier']).to).toBe('paid');
  });
});

describe('an invoice is claimed once', () => {
  const first = { id: 'BZ2025-0007', state: 'paid' as const, lines: [inv('10283341', '2025-12-20')] };
  it('a second claim of the same code and number is refused, naming the first claim — across years', () => {
    const m = refused(() => checkClaim(claim({ lines: [inv('10283341')] }), claimedInvoices([first]), C));
    expect(m).toContain('BZ2025-0007');
  });
  it('the same number under another code is another invoice', () => {
    expect(() =>
      checkClaim(
        claim({ lines: [inv('10283341', '2026-11-20', '1.00', '043002600999')] }),
        claimedInvoices([first]),
        C,
      ),
    ).not.toThrow();
  });
  it('a rejected claim frees its invoices; one invoice twice on a claim is refused', () => {
    expect(() =>
      checkClaim(claim({ lines: [inv('10283341')] }), claimedInvoices([{ ...first, state: 'rejected' }]), C),
    ).not.toThrow();
    expect(refused(() => checkClaim(claim({ lines: [inv('1'), inv('1')] }), new Map(), C))).toMatch(/twice/);
  });
});

describe('dates and categories', () => {
  it('an invoice 180 days old is accepted, 181 days refused', () => {
    expect(() => checkClaim(claim({ lines: [inv('1', '2026-06-01')] }), new Map(), C)).not.toThrow(); // 180 days to 2026-11-28
    expect(refused(() => checkClaim(claim({ lines: [inv('1', '2026-05-31')] }), new Map(), C))).toMatch(
      /older than 180 days \(181 days\)/,
    );
  });
  it('an invoice dated after the claim is refused', () => {
    expect(refused(() => checkClaim(claim({ lines: [inv('1', '2026-11-29')] }), new Map(), C))).toMatch(
      /after the claim/,
    );
  });
  it('hospitality needs the purpose and the guests; event costs name the event', () => {
    expect(
      refused(() => checkClaim(claim({ category: 'hospitality', purpose: '接待', lines: [inv('1')] }), new Map(), C)),
    ).toMatch(/the guests/);
    expect(() =>
      checkClaim(
        claim({ category: 'hospitality', purpose: '接待', guests: '街道办 3 人', lines: [inv('1')] }),
        new Map(),
        C,
      ),
    ).not.toThrow();
    expect(refused(() => checkClaim(claim({ category: 'events', lines: [inv('1')] }), new Map(), C))).toMatch(
      /names its event/,
    );
  });
});

describe('parse: the invoice lines', () => {
  const spec = expense.commands.find((c) => c.name === 'new') as CommandSpec;
  it('reads type:code:number:issuer:date:amount:description, an e-invoice without a code', () => {
    expect(parseInvoice('e-invoice::26432000000012345678:出租车公司:2026-10-14:96:车费', 1)).toEqual({
      invoice_type: 'e-invoice',
      invoice_no: '26432000000012345678',
      issuer: '出租车公司',
      date: '2026-10-14',
      amount: '96.00',
      description: '车费',
    });
  });
  it('refuses a short line, an unknown type, a bad amount (exit 2)', () => {
    const p = (line: string) => () => parseNew(new Line(spec, [], { category: 'office', line: [line] }));
    expect(p('vat-ordinary:1:2')).toThrow(/type:code:number/);
    expect(p('receipt:1:2:x:2026-11-01:5.00')).toThrow(/unknown invoice type/);
    expect(p('vat-ordinary:1:2:x:2026-11-01:5.001')).toThrow();
    expect(p('vat-ordinary:1:2:x:2026-02-30:5.00')).toThrow();
  });
});
