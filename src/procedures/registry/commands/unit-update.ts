// wuye unit update 1-2-0801 --notes "..." --state occupied [--add-owner P000001:50 ...]
// Changes a unit of the register (spec 01 "Records": unit — owners, residents, tenants with the owner's
// consent, vehicles, meters); edits the file in place so comments an administrator wrote survive.
import type { Ctx } from '../../../kit/context.js';
import { parts, type Line } from '../../../kit/line.js';
import { parseDateInput } from '../../../core/dates.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { checkShares } from '../rules.js';
import { personRef, requirePerson } from '../person-refs.js';
import { unitFields, unitMeters } from '../unit-fields.js';

const LIST_OPS = ['addOwner', 'addResident', 'removeResident', 'addTenant', 'removeTenant', 'addVehicle'];

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

/** --add-tenant P000001:2026-12-01[:2027-11-30]: a person and the lease dates. */
function tenant(l: Line): { person: string; from: string; to?: string } | undefined {
  const v = l.text('addTenant');
  if (!v) return undefined;
  const [pid, from, to] = parts(v, 3);
  const person = personRef(pid, '--add-tenant');
  if (!from)
    throw new UsageError(
      msg('--add-tenant 格式应为 人员:起租日期[:止租日期]', '--add-tenant takes person:from[:to]'),
      msg('如 P000001:2026-12-01:2027-11-30', 'e.g. P000001:2026-12-01:2027-11-30'),
    );
  return {
    person,
    from: parseDateInput(from, '--add-tenant'),
    ...(to ? { to: parseDateInput(to, '--add-tenant') } : {}),
  };
}

export function parse(l: Line) {
  const id = l.id(0, 'unit');
  const fields = unitFields(l);
  const meters = unitMeters(l);
  const addResident = l.text('addResident');
  const [resident, relation] = addResident ? parts(addResident, 2) : [];
  const addVehicle = l.text('addVehicle');
  const [plate, space] = addVehicle ? parts(addVehicle, 2) : [];
  const o = {
    id,
    fields,
    meters,
    addOwner: owner(l),
    addResident: resident === undefined ? undefined : { person: personRef(resident, '--add-resident'), relation },
    addTenant: tenant(l),
    tenantConsent: l.text('tenantConsent'),
    removeResident: l.text('removeResident') || undefined,
    removeTenant: l.text('removeTenant') || undefined,
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
      if (o.addResident) {
        const { person: pid, relation } = o.addResident;
        requirePerson(tx, pid, '--add-resident');
        appendIn(doc, ['residents'], { person: pid, ...(relation ? { relation } : {}), since: ctx.today() });
      }
      if (o.addTenant) {
        requirePerson(tx, o.addTenant.person, '--add-tenant');
        appendIn(doc, ['tenants'], { ...o.addTenant, ...(o.tenantConsent ? { consent: o.tenantConsent } : {}) });
      }
      for (const [pid, list] of [
        [o.removeResident, 'residents'],
        [o.removeTenant, 'tenants'],
      ] as const) {
        if (!pid) continue;
        const idx = (u[list] ?? []).findIndex((r) => r.person === pid);
        if (idx < 0)
          throw new RuleError(
            msg(
              `${pid} 不在 ${id} 的${list === 'residents' ? '住户' : '租户'}中`,
              `${pid} is not among the ${list} of ${id}`,
            ),
          );
        doc.deleteIn([list, idx]);
      }
      if (o.addVehicle) {
        const { plate, space } = o.addVehicle;
        appendIn(doc, ['vehicles'], { plate, ...(space ? { space } : {}) });
      }
    });
    return { message: `unit: update ${id}`, summary: msg(`已修改房屋 ${id}`, `updated unit ${id}`) };
  });
}
