// Meeting and VIP receptions (spec procedures/15-reception.md; manual 四.1): the 会务贵宾接待工作单 with its timeline
// computed from the arrival time, the assignments, the tea rounds with the utensils out and back (茶水出单统计表),
// and the close once the utensils are back (or the difference explained) and the summary is written.
// e.g. wuye reception new --organisation 市住建局 --guests 8 --arrival "2026-12-03 09:00" --end "2026-12-03 10:30" --rooms meeting-room
import { msg } from '../../core/i18n.js';
import { RECEPTION_DUTY, RECEPTION_NEED, RECEPTION_ROOM, RECEPTION_STATE } from '../../core/enums.gen.js';
import type { Manifest } from '../../kit/manifest.js';
import { FORM_OPTIONS, type ArgSpec, type GroupSpec, type OptionSpec } from '../../kit/spec.js';

const id: ArgSpec = {
  name: 'id',
  description: msg('接待编号，如 JD2026-0001', 'reception id, e.g. JD2026-0001'),
  required: true,
  kind: 'reception',
};
const at: OptionSpec = {
  flags: '--at <time>',
  description: msg('时间（默认现在），如 "2026-12-03 09:05" 或 09:05', 'when (default now), e.g. 09:05'),
};

export const reception: GroupSpec = {
  name: 'reception',
  description: msg('会务贵宾接待（四.1）', 'meeting and VIP receptions (manual 四.1)'),
  commands: [
    {
      name: 'new',
      writes: true,
      description: msg(
        '填写会务贵宾接待工作单（按到达时间排出时间表）',
        'fill in the work order (its timeline from the arrival)',
      ),
      options: [
        { flags: '--organisation <text>', description: msg('来访单位', 'visiting organisation'), required: true },
        { flags: '--guests <n>', description: msg('来宾人数', 'number of guests'), required: true },
        {
          flags: '--arrival <time>',
          description: msg('到达时间，如 "2026-12-03 09:00"', 'arrival, e.g. "2026-12-03 09:00"'),
          required: true,
        },
        { flags: '--end <time>', description: msg('预计结束时间', 'expected end'), required: true },
        {
          flags: '--rooms <list>',
          description: msg(
            `场地，逗号分隔: ${RECEPTION_ROOM.join(',')}`,
            `rooms, comma-separated: ${RECEPTION_ROOM.join(',')}`,
          ),
          required: true,
        },
        {
          flags: '--requirements <list>',
          description: msg(
            `接待要求，逗号分隔: ${RECEPTION_NEED.join(',')}`,
            `requirements: ${RECEPTION_NEED.join(',')}`,
          ),
        },
        { flags: '--contact <name>', description: msg('对方联系人', 'their contact'), personal: 'name' },
        { flags: '--contact-phone <phone>', description: msg('联系人电话', "the contact's phone"), personal: 'phone' },
        {
          flags: '--vip <name:title...>',
          description: msg('贵宾“姓名:职务”（可多次）', 'a VIP as "name:title" (repeatable)'),
          personal: 'name',
        },
        { flags: '--purpose <text>', description: msg('来访目的', 'purpose'), personal: 'text' },
      ],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'assign',
      writes: true,
      description: msg(
        '分工：迎宾、茶水、环境部、管家、样板房',
        'assign greeters, tea, environment, butler, show flat',
      ),
      args: [id],
      options: [
        {
          flags: '--duty <duty>',
          description: msg(`职责: ${RECEPTION_DUTY.join(',')}`, `duty: ${RECEPTION_DUTY.join(',')}`),
          choices: RECEPTION_DUTY,
          labels: 'receptionDuty',
          required: true,
        },
        {
          flags: '--staff <list>',
          description: msg('员工编号，逗号分隔', 'staff ids, comma-separated'),
          required: true,
        },
      ],
      load: () => import('./commands/assign.js'),
    },
    {
      name: 'checklist',
      writes: true,
      description: msg(
        '打印接待工作单（时间表与检查）；--done 勾掉完成的事项',
        'print the work order with its timeline; --done ticks items off',
      ),
      args: [id],
      options: [
        {
          flags: '--done <item...>',
          description: msg('完成的事项（如 environment room-ready）', 'items done (e.g. environment room-ready)'),
        },
        at,
        { flags: '--out <file>', description: msg('工作单 PDF', 'the work order PDF') },
      ],
      load: () => import('./commands/checklist.js'),
    },
    {
      name: 'serve',
      writes: true,
      description: msg(
        '登记一轮茶水服务（品项、器皿出；--back 器皿回）',
        'record a tea round (items, utensils out; --back)',
      ),
      args: [id],
      options: [
        { flags: '--items <text>', description: msg('品项，如 "绿茶 8 杯、热毛巾 8 条"', 'items served') },
        { flags: '--utensils <n>', description: msg('发出器皿件数', 'utensils out') },
        { flags: '--back <n>', description: msg('收回器皿件数', 'utensils back') },
        at,
      ],
      load: () => import('./commands/serve.js'),
    },
    {
      name: 'close',
      writes: true,
      description: msg(
        '结束接待：器皿收回（或说明差异）并填写总结',
        'close: utensils back (or explained) and the summary',
      ),
      args: [id],
      options: [
        { flags: '--back <n>', description: msg('最后收回的器皿件数', 'utensils collected at the end') },
        {
          flags: '--utensils-note <text>',
          description: msg('器皿差异说明', 'the difference explained'),
          personal: 'text',
        },
        { flags: '--went-well <text>', description: msg('做得好的', 'what went well'), personal: 'text' },
        { flags: '--to-improve <text>', description: msg('待改进', 'what to improve'), personal: 'text' },
      ],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'form',
      description: msg(
        '打印接待表单（PDF）：会务贵宾接待工作单、茶水出单统计表',
        'print a reception form (PDF): work order, tea service record',
      ),
      args: [
        { name: 'name', description: msg('表单名称（--list 列出）', 'form name (see --list)') },
        { name: 'id', description: msg('接待编号', 'reception id') },
      ],
      options: FORM_OPTIONS,
      load: () => import('./commands/form.js'),
    },
    {
      name: 'list',
      description: msg('接待列表', 'receptions'),
      options: [
        { flags: '--year <year>', description: msg('年度', 'year') },
        {
          flags: '--state <state>',
          description: msg('状态', 'state'),
          choices: RECEPTION_STATE,
          labels: 'receptionState',
        },
      ],
      load: () => import('./commands/list.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'reception',
  commands: [reception],
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).receptionGenerator],
};
