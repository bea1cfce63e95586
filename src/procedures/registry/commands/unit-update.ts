// wuye unit update 1-2-0801 --notes "..." --state occupied [--add-owner P000001:50 ...]
// Edits the file in place so comments an administrator wrote survive.
import { argId, optDate, parts, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { checkShares } from '../rules.js';
import { metersFromOpts, unitFieldsFromOpts } from '../unit-fields.js';
import { requirePerson } from '../person-refs.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = argId('unit', idArg, 'UNIT');
  const f = unitFieldsFromOpts(opts);
  const meters = metersFromOpts(opts);
  const changes = Object.entries(f).filter(([, v]) => v !== undefined);
  const listOps = ['addOwner', 'addResident', 'removeResident', 'addTenant', 'removeTenant', 'addVehicle'].filter(
    (k) => opts[k] !== undefined,
  );
  if (changes.length === 0 && Object.keys(meters).length === 0 && listOps.length === 0) {
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项，如 --notes "…" 或 --state occupied；见 wuye unit update --help',
        'give at least one field option, e.g. --notes "…" or --state occupied; see wuye unit update --help',
      ),
    );
  }
  await ctx.write((tx) => {
    tx.edit<UnitRecord>('unit', id, (doc, u) => {
      for (const [k, v] of changes) setIn(doc, [k], v);
      for (const [k, v] of Object.entries(meters)) setIn(doc, ['meters', k], v);
      const addOwner = str(opts, 'addOwner');
      if (addOwner) {
        const [pid, share] = parts(addOwner, 2);
        requirePerson(tx, pid, '--add-owner');
        if ((u.owners ?? []).some((o) => o.person === pid))
          throw new RuleError(msg(`${pid} 已是 ${id} 的业主`, `${pid} already owns ${id}`));
        if ((u.owners ?? []).length > 0 && share === undefined) {
          throw new RuleError(
            msg(
              `${id} 已有业主；共有产权请为每位业主写份额，更换业主请用 wuye unit transfer`,
              `${id} already has owners; for joint ownership give each a share, to change owners use wuye unit transfer`,
            ),
          );
        }
        const owner = { person: pid, ...(share ? { share: Number(share) } : {}), since: ctx.today() };
        checkShares([...(u.owners ?? []), owner]);
        appendIn(doc, ['owners'], owner);
      }
      const addResident = str(opts, 'addResident');
      if (addResident) {
        const [pid, relation] = parts(addResident, 2);
        requirePerson(tx, pid, '--add-resident');
        appendIn(doc, ['residents'], { person: pid, ...(relation ? { relation } : {}), since: ctx.today() });
      }
      const addTenant = str(opts, 'addTenant');
      if (addTenant) {
        const [pid, from, to] = parts(addTenant, 3);
        requirePerson(tx, pid, '--add-tenant');
        const consent = str(opts, 'tenantConsent');
        appendIn(doc, ['tenants'], {
          person: pid,
          from: optDate({ v: from }, 'v', '--add-tenant'),
          ...(to ? { to: optDate({ v: to }, 'v', '--add-tenant') } : {}),
          ...(consent ? { consent } : {}),
        });
      }
      for (const [key, list] of [
        ['removeResident', 'residents'],
        ['removeTenant', 'tenants'],
      ] as const) {
        const pid = str(opts, key);
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
      const addVehicle = str(opts, 'addVehicle');
      if (addVehicle) {
        const [plate, space] = parts(addVehicle, 2);
        appendIn(doc, ['vehicles'], { plate: plate.trim(), ...(space ? { space } : {}) });
      }
    });
    return { message: `unit: update ${id}`, summary: msg(`已修改房屋 ${id}`, `updated unit ${id}`) };
  });
}
