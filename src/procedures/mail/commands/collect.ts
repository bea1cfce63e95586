// 邮件领取 (四.12; spec 11 "nothing is handed to someone who is not a registered resident of the unit without
// the addressee's authorisation, recorded"): the collector is an owner, resident or tenant registered on the
// unit (--person), or a person an owner of the unit authorised (--authorised-by, recorded with how); registered
// letters, parcels and official letters need the collector's signature and an id check.
// e.g. wuye mail collect YJ2026-0003 --person P000124 --signed --id-checked --id-type 身份证
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { MailCollectorAs } from '../../../core/enums.gen.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import { atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { registeredAs, requirePerson } from '../../../kit/refs.js';
import { personName } from '../../registry/api.js';
import { alreadyOut } from '../api.js';
import { isOwner, needsSignature, type MailItem } from '../rules.js';

export function parse(l: Line) {
  const o = {
    id: l.id(0, 'mail-item'),
    person: l.idOpt('person', 'person'),
    name: l.text('name'),
    authorisedBy: l.idOpt('authorisedBy', 'person'),
    authorisation: l.text('authorisation'),
    signed: l.flagged('signed'),
    idChecked: l.flagged('idChecked'),
    idType: l.text('idType'),
    at: l.localTime('at'),
  };
  if (!o.person && !o.authorisedBy)
    throw new UsageError(
      msg(
        '缺少领取人：--person（登记的业主、住户、租户）或 --authorised-by 业主 --name 代领人',
        'who collects it? --person (registered) or --authorised-by OWNER --name NAME',
      ),
    );
  if (o.authorisedBy && !o.person && !o.name)
    throw new UsageError(msg('授权代领须写明代领人姓名（--name）', 'an authorised collector needs --name'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const at = atTime(ctx, o.at) ?? ctx.now();
  await ctx.write((tx) => {
    const m = tx.read<MailItem>('mail-item', o.id).data;
    alreadyOut(m);
    const u = tx.read<UnitRecord>('unit', m.unit).data;
    if (o.person) requirePerson(tx, o.person, '--person');
    const reg = o.person ? registeredAs(u, o.person) : undefined;
    let as: MailCollectorAs;
    if (reg && !o.authorisedBy) as = reg;
    else if (o.authorisedBy) {
      requirePerson(tx, o.authorisedBy, '--authorised-by');
      if (!isOwner(u, o.authorisedBy))
        throw new RuleError(
          msg(
            `--authorised-by ${o.authorisedBy} 不是 ${m.unit} 的业主，不能授权代领`,
            `--authorised-by ${o.authorisedBy} is not an owner of ${m.unit}; only an owner can authorise`,
          ),
          msg(`业主见 wuye unit show ${m.unit}`, `see the owners: wuye unit show ${m.unit}`),
        );
      as = 'authorised';
    } else
      throw new RuleError(
        msg(
          `${o.person} 不是 ${m.unit} 登记的业主、住户或租户，也没有业主授权，不能领取 ${o.id}`,
          `${o.person} is not registered on ${m.unit} and not authorised by its owner; ${o.id} cannot be handed over`,
        ),
        msg(
          '请登记住户（wuye moving residents add），或取得业主授权（--authorised-by 业主 --authorisation 方式）',
          "register the resident (wuye moving residents add) or get the owner's authorisation (--authorised-by OWNER --authorisation HOW)",
        ),
      );
    if (needsSignature(m.type) && (!o.signed || !o.idChecked))
      throw new RuleError(
        msg(
          `${label('mailType', m.type)}须领取人签字并核验证件后才能交付`,
          `a ${label('mailType', m.type)} is handed over only against a signature and an id check`,
        ),
        msg(
          '领取人签字、出示证件后加 --signed --id-checked',
          'have it signed, check the id, then add --signed --id-checked',
        ),
      );
    const name = o.name ?? personName(tx.store, o.person!) ?? o.person!;
    tx.edit('mail-item', o.id, (doc) =>
      setIn(doc, ['collected'], {
        at,
        name,
        ...(o.person ? { person: o.person } : {}),
        as,
        ...(o.authorisedBy ? { authorised_by: o.authorisedBy, authorisation: o.authorisation ?? '业主授权' } : {}),
        signed: o.signed,
        id_checked: o.idChecked,
        ...(o.idType ? { id_type: o.idType } : {}),
        by: op.id,
      }),
    );
    return {
      message: `mail: collect ${o.id}`,
      summary: msg(
        `${o.id} 已由 ${name}（${label('mailCollectorAs', as)}）领取`,
        `${o.id} collected by ${name} (${label('mailCollectorAs', as)})`,
      ),
    };
  });
}
