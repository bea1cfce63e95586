// Moving and occupancy (搬迁、入住管理程序, manual 四.4; spec procedures/04-moving.md): who lives in a unit —
// registered residents and tenancies (with the owner's consent and lease dates), resident cards issued and
// taken back; moves booked inside the permitted hours on a lift slot of their own, the release pass for goods
// leaving (the owner's authorisation, the fee check), security's check at the gate, and the forms.
// e.g. wuye moving tenancy start 2-1-0801 --tenant P000150 --from 2026-12-01 --to 2027-11-30 --consent 业主书面同意书 --consent-by P000031
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, type GroupSpec, type OptionSpec } from '../../kit/spec.js';
import { MOVING_DIRECTION, OWNER_CONFIRMATION } from '../../core/enums.gen.js';

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
    '搬迁、入住：搬迁预约、放行条、门岗查验，住户、租户、住户证（四.4）',
    'moving and occupancy: bookings, release passes, gate checks, residents, tenants, resident cards (四.4)',
  ),
  commands: [
    {
      name: 'book',
      writes: true,
      description: msg(
        '搬迁预约：允许时间内的时段，同一单元电梯不重叠',
        'book a move: a slot inside the permitted hours, no overlap on the entrance lift',
      ),
      args: [unitArg],
      options: [
        {
          flags: '--direction <dir>',
          description: msg('搬入或搬出', 'in or out'),
          choices: MOVING_DIRECTION,
          labels: 'movingDirection',
          required: true,
        },
        { flags: '--date <date>', description: msg('日期', 'date'), required: true },
        {
          flags: '--slot <from-to>',
          description: msg('时段，如 09:00-11:00', 'slot, e.g. 09:00-11:00'),
          required: true,
        },
        { flags: '--stairs', description: msg('不用电梯', 'no lift') },
        { flags: '--mover <text>', description: msg('搬家公司', 'mover') },
        { flags: '--plate <plate...>', description: msg('车牌', 'vehicle plates') },
        { flags: '--contact <person>', description: msg('办理人（人员编号）', 'who books it (person id)') },
      ],
      load: () => import('./commands/book.js'),
    },
    {
      name: 'pass',
      writes: true,
      description: msg(
        '开具物品放行条：业主办理，租户/住户须业主确认；欠费须经理批准放行',
        "issue a release pass: the owner, or a tenant/resident with the owner's confirmation; arrears need the manager",
      ),
      args: [
        {
          name: 'id',
          description: msg('搬迁登记号，如 BJ2026-0003', 'booking id, e.g. BJ2026-0003'),
          required: true,
          kind: 'moving',
        },
      ],
      options: [
        { flags: '--person <person>', description: msg('申请人（人员编号）', 'applicant (person id)'), required: true },
        { flags: '--goods <text>', description: msg('放行物品', 'goods'), required: true },
        {
          flags: '--owner-confirmed <how>',
          description: msg(
            '业主确认方式（租户、住户搬出）',
            "how the owner confirmed (a tenant's or resident's goods)",
          ),
          choices: OWNER_CONFIRMATION,
          labels: 'ownerConfirmation',
        },
        { flags: '--owner <person>', description: msg('确认的业主', 'the owner who confirmed') },
        { flags: '--note <text>', description: msg('确认备注（如所拨电话）', 'note of the confirmation') },
        {
          flags: '--override-arrears <reason>',
          description: msg('欠费放行的理由（经理）', 'release despite arrears, with the reason (manager)'),
        },
      ],
      load: () => import('./commands/pass.js'),
    },
    {
      name: 'check',
      writes: true,
      description: msg('门岗查验放行条（秩序维护员）', 'the gate checks the pass (security)'),
      args: [{ name: 'id', description: msg('搬迁登记号', 'booking id'), required: true, kind: 'moving' }],
      options: [{ flags: '--note <text>', description: msg('备注', 'note') }],
      load: () => import('./commands/check.js'),
    },
    {
      name: 'list',
      description: msg('搬迁登记：某日（默认今天）或某房屋的搬迁', 'moves of a day (default today) or of a unit'),
      options: [
        { flags: '--date <date>', description: msg('日期', 'date') },
        { flags: '--unit <unit>', description: msg('房屋', 'unit') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印搬迁表单（PDF）：物品放行条、搬迁登记表、住户登记表、租户登记表',
        'print a moving form (PDF): release pass, moving register, resident and tenant registration',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('编号', 'id') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
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
  generators: async () => [
    (await import('./generator.js')).movingGenerator,
    (await import('./moves.js')).movesGenerator,
  ],
};
