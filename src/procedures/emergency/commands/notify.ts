// wuye emergency notify JJ2026-0003 --party lift-maintenance --name 迅达电梯维保 [--at 21:35] [--note 要求30分钟内到场]
// Manual 四.13, 三.17.1: who was told and when — 119/110/120, the gas, power and water companies, the lift company,
// the developer, the company's head office, the owners.
import { actorAt, atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct } from '../../../core/case-engine.js';
import type { EmergencyParty } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { EMERGENCY_CASES, notBeforeDiscovery } from '../cases.js';
import { ACTS, type Emergency } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'emergency'),
  party: l.choice<EmergencyParty>('party')!,
  name: l.text('name'),
  at: l.localTime('at'),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const when = atTime(ctx, o.at) ?? ctx.now();
  await ctx.write((tx) => {
    const e = readCase<Emergency>(tx, EMERGENCY_CASES, o.id);
    notBeforeDiscovery(e, when, '通知');
    const who = actorAt(ctx, undefined);
    recordAct<Emergency, Emergency['state']>(tx, EMERGENCY_CASES, who, o.id, ACTS.notify, () => ({
      append: {
        notified: [
          {
            at: when,
            by: who.id,
            party: o.party,
            ...(o.name ? { name: o.name } : {}),
            ...(o.note ? { note: o.note } : {}),
          },
        ],
      },
    }));
    return {
      message: `emergency: notify ${o.id} ${o.party}`,
      summary: msg(
        `已记录 ${o.id} 通知${labelZh('emergencyParty', o.party)}（${when.slice(11, 16)}）`,
        `${o.id}: ${o.party} notified at ${when.slice(11, 16)}`,
      ),
    };
  });
}
