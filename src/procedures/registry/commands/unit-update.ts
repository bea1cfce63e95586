// wuye unit update 1-2-0801 --notes "..." --state occupied [--add-owner P000001:50 ...]
// Changes a unit of the register (spec 01 "Records": unit — fields, first owners, vehicles, meters); edits the
// file in place so comments an administrator wrote survive. Residents and tenants: wuye moving (spec 04).
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { checkShares } from '../rules.js';
import { personRef, requirePerson } from '../person-refs.js';
import { unitFields, unitMeters } from '../unit-fields.js';

const LIST_OPS = ['addOwner', 'addVehicle'];

/** --add-owner P000001[:50]: a person and, for joint ownership, a whole-number share in per cent. */
function owner(l: Line): { person: string; share?: number } | undefined {
  const v = l.text('addOwner');
  if (!v) return undefined;
  const [pid, raw] = parts(v, 2);
  const person = personRef(pid, '--add-owner');
  const share = raw?.trim();
  if (!share) return { person };
  if (!/^\d{1,3}$/.test(share) || Number(share) < 1 || Number(share) > 100)
    throw new UsageError(
      msg(
        `--add-owner 的份额应为 1–100 的整数，而不是 "${share}"`,
        `--add-owner takes a share of 1–100, not "${share}"`,
      ),
      msg('如 P000001:50', 'e.g. P000001:50'),
    );
  return { person, share: Number(share) };
}

/**
 * Residents and tenants come and go through the moving procedure (spec 04-moving.md: a tenancy needs the owner's
 * consent and lease dates, cards are issued and taken back, the past kept on record); `unit update` names the
 * command to use instead of changing the lists itself.
 */
function occupancyMoved(l: Line, id: string): void {
  const person = (k: string) => {
    const p = parts(l.text(k) ?? '', 2)[0]?.trim() ?? '';
    return /^P\d{6}$/.test(p) ? p : 'P……';
  };
  const moved: [string, string][] = [
    ['addResident', `residents add ${id} --person ${person('addResident')} --relation 关系`],
    ['removeResident', `residents remove ${id} --person ${person('removeResident')}`],
    [
      'addTenant',
      `tenancy start ${id} --tenant ${person('addTenant')} --from 起租日 --to 止租日 --consent 业主书面同意书`,
    ],
    ['tenantConsent', `tenancy start ${id} --tenant P…… --from 起租日 --to 止租日 --consent 业主书面同意书`],
    ['removeTenant', `tenancy end ${id} --tenant ${person('removeTenant')}`],
  ];
  const hit = moved.find(([k]) => l.text(k) !== undefined);
  if (!hit) return;
  const flag = `--${hit[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new UsageError(
    msg(
      `住户和租户的登记与迁出由搬迁、入住管理程序办理，unit update 不接受 ${flag}`,
      `residents and tenants are registered and removed by the moving procedure; unit update does not take ${flag}`,
    ),
    msg(`改用: wuye moving ${hit[1]}`, `use: wuye moving ${hit[1]}`),
  );
}

export function parse(l: Line) {
  const id = l.id(0, 'unit');
  occupancyMoved(l, id);
  const fields = unitFields(l);
  const meters = unitMeters(l);
  const addVehicle = l.text('addVehicle');
  const [plate, space] = addVehicle ? parts(addVehicle, 2) : [];
  const o = {
    id,
    fields,
    meters,
    addOwner: owner(l),
    addVehicle: plate === undefined ? undefined : { plate: plate.trim(), space },
  };
  const changed =
    Object.values(fields).some((v) => v !== undefined) ||
    Object.keys(meters).length > 0 ||
    LIST_OPS.some((k) => l.text(k) !== undefined);
  if (!changed) {
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项，如 --notes "…" 或 --state occupied；见 wuye unit update --help',
        'give at least one field option, e.g. --notes "…" or --state occupied; see wuye unit update --help',
      ),
    );
  }
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  await ctx.write((tx) => {
    tx.edit<UnitRecord>('unit', id, (doc, u) => {
      for (const [k, v] of Object.entries(o.fields)) if (v !== undefined) setIn(doc, [k], v);
      for (const [k, v] of Object.entries(o.meters)) setIn(doc, ['meters', k], v);
      if (o.addOwner) {
        const { person: pid, share } = o.addOwner;
        requirePerson(tx, pid, '--add-owner');
        if ((u.owners ?? []).some((x) => x.person === pid))
          throw new RuleError(msg(`${pid} 已是 ${id} 的业主`, `${pid} already owns ${id}`));
        if ((u.owners ?? []).length > 0 && share === undefined) {
          throw new RuleError(
            msg(
              `${id} 已有业主；共有产权请为每位业主写份额，更换业主请用 wuye unit transfer`,
              `${id} already has owners; for joint ownership give each a share, to change owners use wuye unit transfer`,
            ),
          );
        }
        const owner = { person: pid, ...(share !== undefined ? { share } : {}), since: ctx.today() };
        checkShares([...(u.owners ?? []), owner]);
        appendIn(doc, ['owners'], owner);
      }
      if (o.addVehicle) {
        const { plate, space } = o.addVehicle;
        appendIn(doc, ['vehicles'], { plate, ...(space ? { space } : {}) });
      }
    });
    return { message: `unit: update ${id}`, summary: msg(`已修改房屋 ${id}`, `updated unit ${id}`) };
  });
}
