// The fee procedure's door to the shared renderer (src/render/pdf; templates/forms/README.md), imported
// dynamically so that only printing commands load pdfkit and the font.
// e.g. const pdf = await renderFee(ctx, { form: 'fee/receipt', data, id: '0000101', date: '2026-11-28' })
import type { Ctx } from '../../kit/context.js';
import { lang } from '../../core/i18n.js';
import type { BatchItem, BatchResult } from '../../render/pdf/index.js';

export interface FormInput {
  form: string;
  data: Record<string, unknown>;
  id: string;
  date: string;
}

export async function renderFee(ctx: Ctx, f: FormInput): Promise<Buffer> {
  const { renderForm } = await import('../../render/pdf/index.js');
  return renderForm(
    { form: f.form, data: f.data, id: f.id, date: f.date },
    { root: ctx.root, config: ctx.config, lang: lang() },
  );
}

export async function renderFeeBatch(
  ctx: Ctx,
  items: BatchItem[],
  outDir: string,
  merge: string | undefined,
  onProgress?: (d: number, t: number) => void,
): Promise<BatchResult> {
  const { renderBatch } = await import('../../render/pdf/index.js');
  return renderBatch(items, { root: ctx.root, config: ctx.config, lang: lang(), outDir, merge, onProgress });
}
