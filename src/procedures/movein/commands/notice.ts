// 入伙通知 (4.2.1): the developer's sales department mails the notice and the
// steps form by registered mail; the center records it. The notice names the
// date the management fee starts (4.5 4), which the unit record carries for billing.
// e.g. wuye movein notice --building 3 --sent-on 2026-11-20 --announced-on 2026-11-25
//      wuye movein notice 3-1-0101 --mail XA123456789CN
import { stepCase } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { MoveinRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { caseIdsOfBuilding } from '../lookup.js';
import type { MoveinState } from '../rules.js';

export function parse(l: Line) {
  const building = l.building();
  const units = l.rest(0);
  if (!building && units.length === 0)
    throw new UsageError(
      msg('缺少房屋编号或 --building', 'give unit ids or --building'),
      msg('如 wuye movein notice --building 3', 'e.g. wuye movein notice --building 3'),
    );
  if (building && units.length)
    throw new UsageError(msg('房屋编号和 --building 只能用一个', 'give unit ids or --building, not both'));
  const mail = l.text('mail');
  if (mail !== undefined && !/^[0-9A-Za-z]{6,30}$/.test(mail))
    throw new UsageError(
      msg(`--mail 挂号信号码无效: "${mail}"`, `invalid --mail number: "${mail}"`),
      msg('如 XA123456789CN', 'e.g. XA123456789CN'),
    );
  if (mail && (building || units.length > 1))
    throw new UsageError(msg('--mail 只能用于单套房屋', '--mail is for one unit at a time'));
  return {
    building,
    units: units.map((u) => checkId('movein', u, 'UNIT')),
    mail,
    sentOn: l.date('sentOn'),
    announcedOn: l.date('announcedOn'),
    feeStart: l.date('feeStart'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { building, mail, announcedOn } = o;
  const sentOn = o.sentOn ?? ctx.today();
  const ids = building
    ? caseIdsOfBuilding(ctx.store, building).filter((id) => readMovein(ctx.store, id).state === 'planned')
    : o.units;
  if (ids.length === 0)
    throw new RuleError(
      msg(
        `第 ${building} 栋没有待通知（已预约）的入伙案卷`,
        `building ${building} has no planned move-in case to notify`,
      ),
      msg('用 wuye movein status --building B 查看各户进度', 'see wuye movein status --building B'),
    );

  const who = actor(ctx);
  await ctx.write((tx) => {
    for (const id of ids) {
      let feeStart = '';
      stepCase<MoveinRecord, MoveinState>(
        tx,
        MOVEIN_CASES,
        who,
        id,
        'notice',
        (c) => {
          feeStart = o.feeStart ?? c.plan?.from ?? c.slot.date;
          const ann = announcedOn ?? c.plan?.announced_on;
          return {
            notice: {
              sent_on: sentOn,
              ...(mail ? { registered_mail: mail } : {}),
              ...(ann ? { announced_on: ann } : {}),
              fee_start: feeStart,
              by: ctx.operator().id,
            },
          };
        },
        mail ? `挂号信 ${mail}` : undefined,
      );
      tx.edit('unit', id, (doc) => setIn(doc, ['fee_start'], feeStart));
    }
    const what = building ? `building ${building}` : ids.join(', ');
    return {
      message: `movein: notice ${what}`,
      summary: msg(
        `已登记 ${ids.length} 户的入伙通知书（${sentOn} 寄出）；管理费起算日已写入房屋记录`,
        `recorded the notice of ${ids.length} unit(s) (sent ${sentOn}); the fee start date is on the unit records`,
      ),
    };
  });
}
