// wuye renovation workers add ZX2026-0007 --name 李师傅 --national-id 3101... --trade electrician --certificate T310101198001011234
// Manual 四.3 / 三.11.2–11.3: every worker is registered and wears a pass; special
// work (electricians, welders) only by holders of a special-operation certificate.
import { optMobile, optNationalId, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, record } from '../cases.js';

export const CERTIFIED_TRADES = ['electrician', 'welder'];

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const nid = optNationalId(str(opts, 'nationalId')!, '--national-id');
  const trade = str(opts, 'trade')!;
  const cert = str(opts, 'certificate');
  if (CERTIFIED_TRADES.includes(trade) && !cert) {
    throw new RuleError(
      msg('电工、焊工须持特种作业操作证', 'electricians and welders need a special-operation certificate'),
      msg('用 --certificate 记录证号', 'record its number with --certificate'),
    );
  }
  const phone = str(opts, 'phone') ? optMobile(str(opts, 'phone')!, '--phone') : undefined;
  let pass = '';
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'worker-add',
      msg('登记施工人员', 'register workers'),
      ['approved', 'permitted', 'in-progress', 'suspended'],
      ['cs-manager', 'cs-assistant', 'director', 'security'],
      (c) => {
        const ws = c.workers ?? [];
        if (ws.some((w) => w.national_id === nid && !w.removed))
          throw new RuleError(msg('该施工人员已登记', 'this worker is already registered'));
        pass = `${id}-W${String(ws.length + 1).padStart(2, '0')}`;
        return {
          append: {
            workers: [
              {
                name: str(opts, 'name')!,
                national_id: nid,
                ...(phone ? { phone } : {}),
                trade,
                ...(cert ? { certificate: cert } : {}),
                pass_no: pass,
                added: ctx.today(),
              },
            ],
          },
        };
      },
      str(opts, 'name'),
    );
    return {
      message: `renovation: worker ${id} ${pass}`,
      summary: msg(`已登记施工人员，出入证号 ${pass}`, `worker registered, pass ${pass}`),
    };
  });
}
