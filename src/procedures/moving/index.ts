// Moving and occupancy (搬迁、入住管理程序, manual 四.4; spec procedures/04-moving.md): who lives in a unit —
// registered residents and tenancies (with the owner's consent and lease dates), resident cards issued and
// taken back. The moving bookings and release passes (book|pass|check|list|form) join this group.
// e.g. wuye moving tenancy start 2-1-0801 --tenant P000150 --from 2026-12-01 --to 2027-11-30 --consent 业主书面同意书 --consent-by P000031
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec, OptionSpec } from '../../kit/spec.js';

const unitArg = {
  name: 'unit',
  description: msg('房屋编号，如 2-1-0801', 'unit id, e.g. 2-1-0801'),
  required: true,
  kind: 'unit',
};
const on: OptionSpec = { flags: '--on <date>', description: msg('日期（默认今天）', 'date (default today)') };
const card: OptionSpec = { flags: '--card <no>', description: msg('发放的住户证号', 'resident card number issued') };
const notReturned: OptionSpec = {
  flags: '--card-not-returned <reason>',
  description: msg(
    '住户证未收回的原因（如遗失，已注销）',
    'why the resident card was not taken back (e.g. lost, cancelled)',
  ),
};

export const moving: GroupSpec = {
  name: 'moving',
  description: msg(
    '搬迁、入住：住户、租户、住户证（四.4）',
    'moving and occupancy: residents, tenants, resident cards (四.4)',
  ),
  commands: [
    {
      name: 'residents',
      description: msg('住户登记', 'registered residents'),
      commands: [
        {
          name: 'add',
          writes: true,
          description: msg(
            '登记一位住户（与业主关系），可发住户证',
            'register a resident (relation to the owner), optionally with a card',
          ),
          args: [unitArg],
          options: [
            { flags: '--person <id>', description: msg('住户的人员编号', "the resident's person id"), required: true },
            {
              flags: '--relation <text>',
              description: msg('与业主关系，如 配偶、子女、保姆', 'relation to the owner'),
              required: true,
            },
            {
              flags: '--tenant <id>',
              description: msg('随此租户入住（租户的人员编号）', 'lives here with this tenant'),
            },
            card,
            on,
          ],
          load: () => import('./commands/residents-add.js'),
        },
        {
          name: 'remove',
          writes: true,
          description: msg('住户迁出：注销登记并收回住户证', 'a resident leaves: registration closed, card taken back'),
          args: [unitArg],
          options: [
            { flags: '--person <id>', description: msg('住户的人员编号', "the resident's person id"), required: true },
            notReturned,
            on,
          ],
          load: () => import('./commands/residents-remove.js'),
        },
      ],
    },
    {
      name: 'tenancy',
      description: msg('租户登记（须业主同意）', 'tenancies (with the owner’s consent)'),
      commands: [
        {
          name: 'start',
          writes: true,
          description: msg(
            '登记租户：业主书面同意、租期，发住户证',
            "register a tenant: the owner's written consent, the lease dates, a resident card",
          ),
          args: [unitArg],
          options: [
            { flags: '--tenant <id>', description: msg('租户的人员编号', "the tenant's person id"), required: true },
            { flags: '--from <date>', description: msg('租期起', 'lease from'), required: true },
            { flags: '--to <date>', description: msg('租期止', 'lease to'), required: true },
            {
              flags: '--consent <text>',
              description: msg('业主书面同意（文件名称）', "the owner's written consent (the document)"),
              required: true,
            },
            {
              flags: '--consent-by <person>',
              description: msg('同意出租的业主（默认第一业主）', 'the consenting owner (default the first owner)'),
            },
            card,
          ],
          load: () => import('./commands/tenancy-start.js'),
        },
        {
          name: 'end',
          writes: true,
          description: msg(
            '租约结束：租户及随住人员注销，收回住户证',
            'a tenancy ends: the tenant and those living with them leave, cards taken back',
          ),
          args: [unitArg],
          options: [
            { flags: '--tenant <id>', description: msg('租户的人员编号', "the tenant's person id"), required: true },
            { flags: '--reason <text>', description: msg('退租原因', 'reason') },
            notReturned,
            on,
          ],
          load: () => import('./commands/tenancy-end.js'),
        },
      ],
    },
  ],
};

export const manifest: Manifest = {
  name: 'moving',
  commands: [moving],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).movingGenerator],
};
