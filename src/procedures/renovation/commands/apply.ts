// wuye renovation apply --unit 1-2-0801 --applicant P000001 --contractor 某装饰公司 --manager 王工 --contractor-phone 13900000000 --scope walls,floors --start 2026-12-01 --end 2027-01-15 --drawings floor-plan,electrical,water-drainage
// Manual 四.3: the owner (or a tenant with the owner's written consent) applies with
// the contractor's papers and drawings; a complete application goes to engineering at once.
import { optDate, optMobile, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { checkId, idOfPath } from '../../../core/kinds.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { nextCaseId, takeStep } from '../cases.js';
import { DRAWING_CODES, listOpt, SCOPE_CODES } from '../options.js';
import { missingForSubmit, type Case } from '../rules.js';
import { missingText } from './submit.js';

const OPEN_STATES = new Set(['closed', 'withdrawn', 'refunded']);

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const unitId = checkId('unit', str(opts, 'unit')!.trim(), '--unit');
  const person = checkId('person', str(opts, 'applicant')!.trim(), '--applicant');
  const scope = listOpt(opts, 'scope', SCOPE_CODES, '--scope')!;
  const drawings = listOpt(opts, 'drawings', DRAWING_CODES, '--drawings') ?? [];
  const start = optDate(opts, 'start', '--start')!;
  const end = optDate(opts, 'end', '--end')!;
  if (end < start)
    throw new RuleError(
      msg('计划完工日期早于开工日期', 'the planned end is before the start'),
      msg('检查 --start 和 --end', 'check --start and --end'),
    );
  const phone = str(opts, 'phone') ? optMobile(str(opts, 'phone')!, '--phone') : undefined;
  const tenant = opts.tenant === true;
  let id = '';
  let submitted = false;
  await ctx.write((tx) => {
    const unit = tx.read<UnitRecord>('unit', unitId).data;
    if (!tx.tryRead('person', person))
      throw new RuleError(
        msg(`没有人员 ${person}`, `no person ${person}`),
        msg('先用 wuye person add 登记申请人', 'register the applicant with wuye person add first'),
      );
    const day = ctx.today();
    let consent: NonNullable<Case['applicant']['owner_consent']> | undefined;
    if (tenant) {
      const lease = (unit.tenants ?? []).find((x) => x.person === person);
      if (!lease)
        throw new RuleError(
          msg(`${person} 不是房屋 ${unitId} 登记的租户`, `${person} is not a registered tenant of ${unitId}`),
          msg(
            '先用 wuye unit update --add-tenant 登记租户及业主同意',
            'register the tenant first with wuye unit update --add-tenant',
          ),
        );
      const doc = str(opts, 'consent') ?? lease.consent;
      if (!doc) {
        throw new RuleError(
          msg('租户申请装修须先有业主的书面同意', "a tenant's application needs the owner's written consent first"),
          msg('用 --consent 记录业主书面同意书（名称或编号）', "record the owner's written consent with --consent"),
        );
      }
      consent = {
        ...(unit.owners?.[0] ? { owner: unit.owners[0].person } : {}),
        document: doc,
        date: optDate(opts, 'consentDate', '--consent-date') ?? day,
      };
    } else if (!(unit.owners ?? []).some((o) => o.person === person)) {
      throw new RuleError(
        msg(`${person} 不是房屋 ${unitId} 的业主`, `${person} is not an owner of ${unitId}`),
        msg(
          '租户申请请加 --tenant 并提供业主书面同意（--consent）',
          "for a tenant pass --tenant with the owner's consent (--consent)",
        ),
      );
    }
    for (const rel of tx.store.listRel('renovation')) {
      const other = tx.store.readRel<Case>(rel, 'renovation', idOfPath(rel)).data;
      if (other.unit === unitId && !OPEN_STATES.has(other.state)) {
        throw new RuleError(
          msg(
            `房屋 ${unitId} 已有进行中的装修案卷 ${other.id}`,
            `unit ${unitId} already has an open renovation case ${other.id}`,
          ),
          msg(`用 wuye renovation show ${other.id} 查看`, `see wuye renovation show ${other.id}`),
        );
      }
    }
    id = nextCaseId(ctx, tx, day.slice(0, 4));
    const rec: Case = {
      kind: 'renovation',
      id,
      unit: unitId,
      ...(unit.type === 'shop' || unit.type === 'office' ? { special: true } : {}),
      applicant: {
        person,
        role: tenant ? 'tenant' : 'owner',
        ...(phone ? { phone } : {}),
        ...(consent ? { owner_consent: consent } : {}),
      },
      contractor: {
        company: str(opts, 'contractor')!,
        ...(str(opts, 'licence') ? { licence: str(opts, 'licence')! } : {}),
        manager: str(opts, 'manager')!,
        phone: str(opts, 'contractorPhone')!.replace(/\s/g, ''),
      },
      scope: scope as Case['scope'],
      ...(str(opts, 'scopeNotes') ? { scope_notes: str(opts, 'scopeNotes')! } : {}),
      planned: { start, end },
      ...(opts.debris === true ? { debris_entrusted: true } : {}),
      drawings,
      state: 'applied',
      log: [
        {
          at: ctx.now(),
          by: ctx.operator().id,
          action: 'apply',
          state: 'applied',
          ...(str(opts, 'note') ? { note: str(opts, 'note')! } : {}),
        },
      ],
    };
    tx.create('renovation', id, rec);
    const missing = missingForSubmit(rec);
    if (missing.length === 0) {
      takeStep(ctx, tx, id, 'submit', () => ({ received_at: ctx.now() }));
      submitted = true;
    } else ctx.warn(missingText(missing));
    return {
      message: `renovation: apply ${id} ${unitId}`,
      summary: submitted
        ? msg(
            `已受理装修申请 ${id}（${unitId}），已送工程部审核`,
            `took renovation application ${id} (${unitId}); sent to engineering review`,
          )
        : msg(
            `已受理装修申请 ${id}（${unitId}），资料不全，补齐后用 wuye renovation submit ${id}`,
            `took renovation application ${id} (${unitId}); incomplete — complete it with wuye renovation submit ${id}`,
          ),
    };
  });
}
