// wuye renovation sign ZX2026-0007 --owner-signatory 张三 --contractor-signatory 王工
// Manual 四.3: the owner, the contractor and the center sign the construction agreement (装修施工协议书).
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { caseId, record } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'sign',
      msg('签订装修施工协议书', 'sign the agreement'),
      ['approved'],
      ['cs-manager', 'cs-assistant', 'director'],
      () => ({
        agreement: {
          signed_on: optDate(opts, 'date', '--date') ?? ctx.today(),
          by: ctx.operator().id,
          ...(str(opts, 'ownerSignatory') ? { owner_signatory: str(opts, 'ownerSignatory') } : {}),
          ...(str(opts, 'contractorSignatory') ? { contractor_signatory: str(opts, 'contractorSignatory') } : {}),
        },
      }),
    );
    return { message: `renovation: sign ${id}`, summary: msg(`${id} 装修施工协议书已签订`, `${id} agreement signed`) };
  });
}
