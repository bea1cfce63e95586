// wuye renovation workers add ZX2026-0007 --name 李师傅 --national-id 3101... --trade electrician --certificate T310101198001011234
// Manual 四.3 / 三.11.2–11.3: every worker is registered and wears a pass; special
// work (electricians, welders) only by holders of a special-operation certificate.
import { hmacOf, sealedAt } from '../../../core/sealed.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { nextInRecord } from '../../../core/ids.js';
import { msg } from '../../../core/i18n.js';
import { ACTS } from '../acts.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { CERTIFIED_TRADES, type Case } from '../rules.js';

type Trade = NonNullable<Case['workers']>[number]['trade'];

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'renovation'),
    name: l.text('name')!,
    nationalId: l.nationalId('nationalId')!,
    trade: l.choice<Trade>('trade')!,
    phone: l.mobile('phone'),
    certificate: l.text('certificate'),
  };
  if (CERTIFIED_TRADES.includes(o.trade) && !o.certificate) {
    throw new RuleError(
      msg('电工、焊工须持特种作业操作证', 'electricians and welders need a special-operation certificate'),
      msg('用 --certificate 记录证号', 'record its number with --certificate'),
    );
  }
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, nationalId: nid, trade, phone, certificate: cert } = o;
  let pass = '';
  await ctx.write((tx) => {
    recordAct<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      actor(ctx),
      id,
      ACTS.workerAdd,
      (c) => {
        const ws = c.workers ?? [];
        // a sealed id number (personal.encrypt) reads as its mask: compared by its keyed hash
        const key = tx.store.keyring?.hashKey();
        const h = key ? hmacOf(key, 'national-id', nid) : undefined;
        const same = (w: (typeof ws)[number], i: number) =>
          w.national_id === nid || (h !== undefined && sealedAt(c, `/workers/${i}/national_id`)?.hmac === h);
        if (ws.some((w, i) => same(w, i) && !w.removed))
          throw new RuleError(msg('该施工人员已登记', 'this worker is already registered'));
        pass = nextInRecord(
          `${id}-W`,
          ctx.config.station,
          ws.map((w) => w.pass_no),
        );
        return {
          append: {
            workers: [
              {
                name: o.name,
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
      o.name,
    );
    return {
      message: `renovation: worker ${id} ${pass}`,
      summary: msg(`已登记施工人员，出入证号 ${pass}`, `worker registered, pass ${pass}`),
    };
  });
}
