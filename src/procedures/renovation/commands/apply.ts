// wuye renovation apply --unit 1-2-0801 --applicant P000001 --contractor 某装饰公司 --manager 王工 --contractor-phone 13900000000 --scope walls,floors --start 2026-12-01 --end 2027-01-15 --drawings floor-plan,electrical,water-drainage
// Manual 四.3 4.1, 5.1.1: 用户服务部 takes the application (the machine's open roles, complete or not)
// of the owner (or a tenant with the owner's written consent) with the contractor's papers and drawings;
// a complete application goes to engineering at once. A planned start in the past is refused.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases, openCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { missingText } from '../application.js';
import { nextCaseId } from '../../../kit/case.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { DRAWING_CODES, SCOPE_CODES } from '../options.js';
import { CLOSED_STATES, missingForSubmit, type Case } from '../rules.js';
import { heldForCase, heldNote } from '../money.js';

/** A unit's case in one of these states no longer stands in the way of a new application: filed, withdrawn, or its deposit refunded. */

export function parse(l: Line) {
  const start = l.date('start')!;
  const end = l.date('end')!;
  if (end < start)
    throw new RuleError(
      msg('计划完工日期早于开工日期', 'the planned end is before the start'),
      msg('检查 --start 和 --end', 'check --start and --end'),
    );
  return {
    unit: l.idOpt('unit', 'unit')!,
    person: l.idOpt('applicant', 'person')!,
    tenant: l.flagged('tenant'),
    consent: l.text('consent'),
    consentDate: l.date('consentDate'),
    phone: l.mobile('phone'),
    contractor: {
      company: l.text('contractor')!,
      licence: l.text('licence'),
      manager: l.text('manager')!,
      phone: l.text('contractorPhone')!.replace(/\s/g, ''),
    },
    scope: l.list('scope', SCOPE_CODES)! as Case['scope'], // commander requires it; the schema refuses it empty
    scopeNotes: l.text('scopeNotes'),
    start,
    end,
    drawings: l.list('drawings', DRAWING_CODES) ?? [],
    debris: l.flagged('debris'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { unit: unitId, person, tenant } = o;
  let id = '';
  let submitted = false;
  let heldText = '';
  await ctx.write((tx) => {
    const unit = tx.read<UnitRecord>('unit', unitId).data;
    if (!tx.tryRead('person', person))
      throw new RuleError(
        msg(`没有人员 ${person}`, `no person ${person}`),
        msg('先用 wuye person add 登记申请人', 'register the applicant with wuye person add first'),
      );
    const day = ctx.today();
    if (o.start < day)
      throw new RuleError(
        msg(
          `计划开工日期 ${o.start} 早于今天（${day}）：装修须经审核、审批、办证后才能开工`,
          `the planned start ${o.start} is before today (${day}): works start only after review, approval and the permit`,
        ),
        msg(
          '与申请人核对工期，--start 写今天或以后的日期',
          'agree the dates with the applicant; --start today or later',
        ),
      );
    let consent: NonNullable<Case['applicant']['owner_consent']> | undefined;
    if (tenant) {
      const lease = (unit.tenants ?? []).find((x) => x.person === person);
      if (!lease)
        throw new RuleError(
          msg(`${person} 不是房屋 ${unitId} 登记的租户`, `${person} is not a registered tenant of ${unitId}`),
          msg(
            `先用 wuye moving tenancy start ${unitId} 登记租户及业主同意`,
            `register the tenancy and the owner's consent first: wuye moving tenancy start ${unitId}`,
          ),
        );
      const doc = o.consent ?? lease.consent;
      if (!doc) {
        throw new RuleError(
          msg('租户申请装修须先有业主的书面同意', "a tenant's application needs the owner's written consent first"),
          msg('用 --consent 记录业主书面同意书（名称或编号）', "record the owner's written consent with --consent"),
        );
      }
      consent = {
        ...(unit.owners?.[0] ? { owner: unit.owners[0].person } : {}),
        document: doc,
        date: o.consentDate ?? day,
      };
    } else if (!(unit.owners ?? []).some((x) => x.person === person)) {
      throw new RuleError(
        msg(`${person} 不是房屋 ${unitId} 的业主`, `${person} is not an owner of ${unitId}`),
        msg(
          '租户申请请加 --tenant 并提供业主书面同意（--consent）',
          "for a tenant pass --tenant with the owner's consent (--consent)",
        ),
      );
    }
    for (const other of allCases<Case>(tx.store, RENOVATION_CASES)) {
      if (other.unit === unitId && !CLOSED_STATES.has(other.state)) {
        throw new RuleError(
          msg(
            `房屋 ${unitId} 已有进行中的装修案卷 ${other.id}`,
            `unit ${unitId} already has an open renovation case ${other.id}`,
          ),
          msg(`用 wuye renovation show ${other.id} 查看`, `see wuye renovation show ${other.id}`),
        );
      }
    }
    id = nextCaseId(ctx, tx, 'renovation', day.slice(0, 4));
    const who = actor(ctx);
    const data: Omit<Case, 'state' | 'log'> = {
      kind: 'renovation',
      id,
      unit: unitId,
      ...(unit.type === 'shop' || unit.type === 'office' ? { special: true } : {}),
      applicant: {
        person,
        role: tenant ? 'tenant' : 'owner',
        ...(o.phone ? { phone: o.phone } : {}),
        ...(consent ? { owner_consent: consent } : {}),
      },
      contractor: {
        company: o.contractor.company,
        ...(o.contractor.licence ? { licence: o.contractor.licence } : {}),
        manager: o.contractor.manager,
        phone: o.contractor.phone,
      },
      scope: o.scope,
      ...(o.scopeNotes ? { scope_notes: o.scopeNotes } : {}),
      planned: { start: o.start, end: o.end },
      ...(o.debris ? { debris_entrusted: true } : {}),
      drawings: o.drawings,
    };
    // a deposit or debris fee already paid at move-in (四.2 4.5 3) is this case's: recorded, not asked again
    const held = heldForCase(ctx, tx, { ...data, state: 'applied', log: [] }, unit);
    const rec = openCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      {
        ...data,
        ...(held.debris ? { debris_entrusted: true } : {}),
        ...(held.charges.length ? { charges: held.charges } : {}),
      },
      'apply',
      [o.note, heldNote(held.charges)].filter(Boolean).join('；') || undefined,
    );
    heldText = heldNote(held.charges);
    const missing = missingForSubmit(rec);
    if (missing.length === 0) {
      stepCase<Case, RenovationState>(tx, RENOVATION_CASES, who, id, 'submit', () => ({ received_at: ctx.now() }));
      submitted = true;
    } else ctx.warn(missingText(missing));
    return {
      message: `renovation: apply ${id} ${unitId}`,
      summary: msg(
        `${
          submitted
            ? `已受理装修申请 ${id}（${unitId}），已送工程部审核`
            : `已受理装修申请 ${id}（${unitId}），资料不全，补齐后用 wuye renovation submit ${id}`
        }${heldText ? `；收费账户已有 ${heldText}` : ''}`,
        `${
          submitted
            ? `took renovation application ${id} (${unitId}); sent to engineering review`
            : `took renovation application ${id} (${unitId}); incomplete — complete it with wuye renovation submit ${id}`
        }${heldText ? `; already on the fee account: ${heldText}` : ''}`,
      ),
    };
  });
}
