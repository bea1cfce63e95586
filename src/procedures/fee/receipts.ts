// Printing a receipt (07-fees.md "Forms": 收据, three copies 存根/收据/记账 on one A4 page) from its payment
// entry, as fee pay prints it and fee receipt reprint marks it 补打.
// e.g. await printReceipt(ctx, '2026-1-2-0801', '0000101', undefined, true) → <root>/out/receipts/0000101-receipt-reprint.pdf
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputPath } from '../../kit/outpath.js';
import type { Ctx } from '../../kit/context.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';
import { feeItems, ownerName } from './accounts.js';
import { receiptData } from './forms.js';
import { renderFee } from './render.js';
import type { Account } from './rules.js';

/** Render the receipt of a payment to <outDir>/<number>-receipt.pdf (default out/receipts/); returns the path. */
export async function printReceipt(
  ctx: Ctx,
  accId: string,
  no: string,
  outDir: string | undefined,
  reprint: boolean,
): Promise<string> {
  const acc = ctx.store.read<Account>('fee-account', accId).data;
  const payment = (acc.payments ?? []).find((p) => p.receipt === no)!;
  const unit = ctx.store.read<UnitRecord>('unit', acc.unit).data;
  const cashier = ctx.store.tryRead<StaffRecord>('staff', payment.cashier)?.data.name ?? payment.cashier;
  const data = receiptData({
    payment,
    unit,
    items: feeItems(ctx.config.fees),
    cashierName: cashier,
    ownerName: ownerName(ctx.store, unit),
    reprint,
  });
  const pdf = await renderFee(ctx, { form: 'fee/receipt', data, id: no, date: payment.at.slice(0, 10) });
  const dir = outputPath(ctx, outDir, 'receipts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${no}-receipt${reprint ? '-reprint' : ''}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
