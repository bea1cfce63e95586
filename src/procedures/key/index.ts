// The key register (钥匙管理, manual 三.12; spec procedures/01-registry-and-archive.md "keys"): every key or set
// the center holds — entrance keys kept at move-in, vacant units' sets, plant rooms, roof, meter rooms —,
// where it hangs, and its loans (to whom, why, approved by, out, due, back); a lost key and what was done.
// e.g. wuye key loan K-PUB-ROOF --to 王师傅 --purpose 天台防水检查 --approved-by S002
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';
import { KEY_LOSS_ACTION, KEY_RECORD_STATE, KEY_RECORD_TYPE } from '../../core/enums.gen.js';

const keyId = {
  name: 'key',
  description: msg('钥匙编号，如 K-3-1-0101、K-PUB-ROOF', 'key id, e.g. K-3-1-0101, K-PUB-ROOF'),
  required: true,
  kind: 'key',
};

export const key: GroupSpec = {
  name: 'key',
  description: msg('钥匙管理：登记、借用、归还、遗失（三.12）', 'keys: register, lend, take back, lost (三.12)'),
  commands: [
    {
      name: 'add',
      writes: true,
      description: msg('登记一把（套）钥匙及其存放位置', 'register a key or key set and where it is kept'),
      args: [keyId],
      options: [
        { flags: '--label <text>', description: msg('标签，如 3栋天台门', 'label, e.g. 3栋天台门'), required: true },
        {
          flags: '--type <type>',
          description: msg('种类', 'kind'),
          choices: KEY_RECORD_TYPE,
          labels: 'keyRecordType',
          required: true,
        },
        { flags: '--unit <unit>', description: msg('所属房屋（房屋钥匙）', 'the unit (unit keys)') },
        { flags: '--count <n>', description: msg('数量（默认 1）', 'how many (default 1)') },
        { flags: '--place <text>', description: msg('存放位置，如 钥匙柜A-12', 'where it is kept, e.g. 钥匙柜A-12') },
        { flags: '--reason <text>', description: msg('收存原因', 'why it is held') },
        { flags: '--since <date>', description: msg('收存日期（默认今天）', 'held since (default today)') },
        { flags: '--notes <text>', description: msg('备注', 'notes') },
      ],
      load: () => import('./commands/add.js'),
    },
    {
      name: 'list',
      description: msg(
        '钥匙清单：在柜、借出、逾期；--pdf 打印公用钥匙清单',
        'the key list: in, out, overdue; --pdf prints the public key list',
      ),
      options: [
        { flags: '--type <type>', description: msg('只列此种类', 'only this kind'), choices: KEY_RECORD_TYPE },
        { flags: '--unit <unit>', description: msg('只列此房屋的', "only this unit's") },
        { flags: '--state <state>', description: msg('只列此状态', 'only this state'), choices: KEY_RECORD_STATE },
        { flags: '--out', description: msg('只列借出未还的', 'only keys out now') },
        { flags: '--pdf <file>', description: msg('打印公用钥匙清单（PDF）', 'print the public key list (PDF)') },
      ],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'show',
      description: msg('显示一把钥匙、它在哪里及借用记录', 'show a key, where it is and its loans'),
      args: [keyId],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'loan',
      writes: true,
      description: msg(
        '借出钥匙（登记借用人、用途、批准人；当日下班前未还即逾期）',
        'lend a key (borrower, purpose, approval; overdue when not back by the end of the day)',
      ),
      args: [keyId],
      options: [
        {
          flags: '--to <name>',
          description: msg('借用人姓名（或单位）', 'borrower (name or firm)'),
          required: true,
          personal: 'name',
        },
        { flags: '--purpose <text>', description: msg('用途', 'purpose'), required: true },
        { flags: '--person <id>', description: msg('借用人的人员编号（业主、住户）', "the borrower's person id") },
        { flags: '--staff <id>', description: msg('借用人的员工编号', "the borrower's staff id") },
        { flags: '--phone <phone>', description: msg('借用人电话', "the borrower's phone"), personal: 'phone' },
        {
          flags: '--due <date>',
          description: msg('经批准的应还日期（默认当日）', 'approved due date (default the same day)'),
        },
        {
          flags: '--approved-by <staff>',
          description: msg('批准人（默认操作员）', 'approved by (default the operator)'),
        },
      ],
      load: () => import('./commands/loan.js'),
    },
    {
      name: 'return',
      writes: true,
      description: msg('收回借出的钥匙', 'take back a key that was lent'),
      args: [keyId],
      load: () => import('./commands/return.js'),
    },
    {
      name: 'lost',
      writes: true,
      description: msg(
        '登记钥匙遗失：遗失人、处理（换锁、补配）',
        'record a key lost: who lost it and what was done (lock changed, copy made)',
      ),
      args: [keyId],
      options: [
        { flags: '--who <name>', description: msg('遗失人', 'who lost it'), required: true, personal: 'name' },
        {
          flags: '--action <action>',
          description: msg('处理', 'what was done'),
          choices: KEY_LOSS_ACTION,
          labels: 'keyLossAction',
          required: true,
        },
        { flags: '--count <n>', description: msg('遗失数量（默认全部）', 'how many (default all)') },
        { flags: '--charged <text>', description: msg('费用承担', 'who pays for it') },
        {
          flags: '--replaced',
          description: msg(
            '已换锁或补配，新钥匙已入柜（钥匙恢复为在柜）',
            'new lock or copy in the cabinet (the key is held again)',
          ),
        },
        { flags: '--on <date>', description: msg('发现遗失日期（默认今天）', 'found lost on (default today)') },
        { flags: '--note <text>', description: msg('备注', 'note') },
      ],
      load: () => import('./commands/lost.js'),
    },
    {
      name: 'loans',
      description: msg(
        '钥匙借用登记：期间内的借用、未还、逾期（标准 12.2）',
        'key loans of a period: out, not back, overdue (standard 12.2)',
      ),
      options: [
        { flags: '--overdue', description: msg('只列逾期未还的', 'only overdue loans not back') },
        { flags: '--open', description: msg('只列未还的', 'only loans not back') },
        { flags: '--from <date>', description: msg('借出日期起（默认本月初）', 'out from (default this month)') },
        { flags: '--to <date>', description: msg('借出日期止（默认今天）', 'out until (default today)') },
        { flags: '--key <key>', description: msg('只列此钥匙', 'only this key') },
      ],
      load: () => import('./commands/loans.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'key',
  commands: [key],
  standards: async () => (await import('./standards.js')).sources,
  checks: async () => (await import('./checks.js')).checks,
  forms: async () => (await import('./forms.js')).FORMS,
  generators: async () => [(await import('./generator.js')).keyGenerator],
};
