// Commands that stand above the procedures: creating a records root, checking
// it, finding and showing any record, the audit trail, hooks, completion.
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { CommandSpec, GroupSpec } from '../../kit/spec.js';

/** A desk's station code, kept in its .wuye/local.yaml and put into every id it allocates (issue 17). */
const STATION_OPTION = {
  flags: '--station <letter>',
  description: msg(
    '本机站点代码（一个大写字母，几个办公点各用一个；写入本机分配的编号，如 ZX2026-B0007）',
    "this desk's station code (one capital letter per desk; it goes into the ids this desk allocates, e.g. ZX2026-B0007)",
  ),
};

export const init: CommandSpec = {
  name: 'init',
  noRoot: true,
  description: msg(
    '新建记录库（git 仓库、wuye.yaml、目录）',
    'create a records root (git repository, wuye.yaml, folders)',
  ),
  args: [{ name: 'dir', description: msg('目录', 'folder'), required: true }],
  options: [
    {
      flags: '--demo',
      description: msg(
        '填入演示小区（楼栋、房屋、业主、员工）',
        'fill it with the demo estate (buildings, units, owners, staff)',
      ),
    },
    { flags: '--name <center>', description: msg('服务中心名称', 'service center name') },
    { flags: '--estate <name>', description: msg('小区名称', 'estate name') },
    {
      flags: '--operator <staff-id>',
      description: msg(
        '本机的默认操作员（新库为 S001 管理员；演示小区在终端中会询问）',
        'default operator of this computer (S001, the administrator, in a new root; asked in a terminal for the demo)',
      ),
    },
    STATION_OPTION,
  ],
  load: () => import('./commands/init.js'),
};

export const clone: CommandSpec = {
  name: 'clone',
  noRoot: true,
  description: msg(
    '为一个新办公点克隆共享的记录库（本机站点代码、默认操作员、记录的合并方式）',
    "clone the shared records for a new desk (this desk's station code, default operator, how records merge)",
  ),
  args: [
    { name: 'url', description: msg('共享远端的地址', 'address of the shared remote'), required: true },
    { name: 'dir', description: msg('目录', 'folder'), required: true },
  ],
  options: [
    STATION_OPTION,
    { flags: '--operator <staff-id>', description: msg('本机的默认操作员', 'default operator of this computer') },
    {
      flags: '--read-only',
      description: msg(
        '审计用的只读克隆（不需站点代码，只用 wuye sync --read-only）',
        "an auditor's read-only clone (no station; only wuye sync --read-only)",
      ),
    },
  ],
  load: () => import('./commands/clone.js'),
};

export const sync: CommandSpec = {
  name: 'sync',
  description: msg(
    '与共享远端交换修改：取回、把本机提交接在远端之后、推送，再校验变化的记录',
    "exchange work with the shared remote: fetch, put this desk's commits after the remote's, push, then validate what changed",
  ),
  args: [
    {
      name: 'fields',
      description: msg(
        '与 --take 一起：冲突的 文件:字段（可写多个；只写文件则取该文件的全部冲突）',
        'with --take: the conflicting PATH:FIELD (several allowed; a PATH alone settles all its conflicts)',
      ),
      variadic: true,
    },
  ],
  options: [
    {
      flags: '--read-only',
      description: msg(
        '只取回并快进，从不推送（审计的克隆）',
        "fetch and fast-forward only, never push (an auditor's clone)",
      ),
    },
    {
      flags: '--take <side>',
      description: msg(
        '解决冲突：ours 用本机的值，theirs 用远端的值（对其后列出的每个 文件:字段 或 文件）',
        "settle conflicts: ours takes this desk's value, theirs the remote's (for each PATH:FIELD or PATH listed after it)",
      ),
    },
  ],
  load: () => import('./commands/sync.js'),
};

export const mergeDriver: CommandSpec = {
  name: 'merge-driver',
  noRoot: true,
  description: msg(
    'git 的记录合并程序（由 init/clone/sync 登记；git 调用，不必手动运行）',
    'the git merge driver of the records (registered by init/clone/sync; git runs it, not you)',
  ),
  args: [
    { name: 'base', description: msg('共同祖先版本', 'the common ancestor'), required: true },
    { name: 'ours', description: msg('本方版本（写入结果）', 'our version (receives the result)'), required: true },
    { name: 'theirs', description: msg('对方版本', 'their version'), required: true },
    { name: 'path', description: msg('记录的路径', 'the path of the record') },
  ],
  load: () => import('./commands/merge-driver.js'),
};

export const validate: CommandSpec = {
  name: 'validate',
  pending: 'report', // a command killed mid-write is its first finding; it changes nothing (it runs in the pre-commit hook)
  description: msg(
    '检查全部记录（语法、模式、引用、业务规则）；有错误时退出码 1',
    'check all records (syntax, schema, references, domain rules); exit 1 on errors',
  ),
  args: [
    { name: 'paths', description: msg('只检查这些文件或目录', 'check only these files or folders'), variadic: true },
  ],
  options: [
    {
      flags: '--changed',
      description: msg(
        '只检查 git 显示已修改的文件及引用它们的记录',
        'check only what git says changed, plus what refers to it',
      ),
    },
  ],
  load: () => import('./commands/validate.js'),
};

export const recover: CommandSpec = {
  name: 'recover',
  pending: 'report', // it does the recovering itself, and says what it did
  description: msg(
    '完成或回滚被中断（如断电、被杀）的命令留下的写入（其他命令运行前也会先这样做）',
    'finish or roll back the writes of a command that was interrupted (power cut, killed); every other command does this first too',
  ),
  load: () => import('./commands/recover.js'),
};

export const form: CommandSpec = {
  name: 'form',
  description: msg(
    '打印表单 PDF：按记录填好，或空白供手写',
    'print a form as PDF: filled from a record, or blank for handwriting',
  ),
  args: [
    { name: 'name', description: msg('表单名称（wuye form --list 查看）', 'form name (see wuye form --list)') },
    { name: 'id', description: msg('记录编号，如房屋 1-2-0801', 'record id, e.g. unit 1-2-0801') },
  ],
  options: [
    { flags: '--blank', description: msg('打印空白表（供手写）', 'print a blank form (for handwriting)') },
    {
      flags: '--out <file>',
      description: msg(
        '输出文件（默认记录库的 out/<编号>-<表单>.pdf）',
        'output file (default out/<id>-<form>.pdf in the records root)',
      ),
    },
    { flags: '--list', description: msg('列出全部表单', 'list every form') },
    {
      flags: '--layout <file>',
      description: msg(
        '另存版面位置（JSON：各块、文字、签名线落在哪一页哪一处），供检查排版',
        'also write where each block, text and signature line landed (JSON), to check the layout',
      ),
    },
  ],
  load: () => import('./commands/form.js'),
};

export const show: CommandSpec = {
  name: 'show',
  description: msg('按编号显示任何记录', 'show any record by id'),
  args: [
    {
      name: 'id',
      description: msg('记录编号（房屋、人员、员工、案卷）', 'record id (unit, person, staff, case)'),
      required: true,
    },
  ],
  load: () => import('./commands/show.js'),
};

export const find: CommandSpec = {
  name: 'find',
  description: msg('搜索姓名、电话（尾号）、房屋、案卷文字', 'search names, phones (last digits), units, case text'),
  args: [{ name: 'text', description: msg('要找的文字', 'text to find'), required: true }],
  options: [{ flags: '--limit <n>', description: msg('最多显示条数', 'show at most this many'), default: '50' }],
  load: () => import('./commands/find.js'),
};

export const audit: GroupSpec = {
  name: 'audit',
  description: msg('审计：git 中的修改历史', 'audit: the history git keeps'),
  commands: [
    {
      name: 'log',
      description: msg(
        '一条记录的历史：逐字段修改、谁、何时、经由哪个命令或手工',
        'the history of one record: field changes, who, when, by which command or by hand',
      ),
      args: [{ name: 'id', description: msg('记录编号', 'record id'), required: true }],
      load: () => import('./commands/audit-log.js'),
    },
    {
      name: 'verify',
      description: msg(
        '检查 git 历史：未通过校验的提交、非经 CLI 的提交',
        'check the git history: commits that broke validation, commits not made through the CLI',
      ),
      options: [
        { flags: '--since <rev>', description: msg('只查这个提交之后的', 'only commits after this one') },
        {
          flags: '--strict',
          description: msg('警告也算失败（退出码 1）', 'warnings count as failures too (exit 1)'),
        },
      ],
      load: () => import('./commands/audit-verify.js'),
    },
    {
      name: 'reveals',
      description: msg(
        '未遮蔽查看个人资料（--reveal）的记录：谁、何时、为何、看了什么、输出到哪里',
        'every reveal of personal data (--reveal): who, when, why, what and where it went',
      ),
      options: [
        { flags: '--from <date>', description: msg('自此日期', 'from this date') },
        { flags: '--to <date>', description: msg('至此日期', 'to this date') },
        { flags: '--by <staff>', description: msg('只看此员工', 'only this staff member') },
      ],
      load: () => import('./commands/audit-reveals.js'),
    },
  ],
};

export const hooks: GroupSpec = {
  name: 'hooks',
  description: msg('git 钩子', 'git hooks'),
  commands: [
    {
      name: 'install',
      description: msg(
        '安装 pre-commit 钩子：提交前运行 wuye validate --changed',
        'install a pre-commit hook that runs wuye validate --changed',
      ),
      load: () => import('./commands/hooks-install.js'),
    },
  ],
};

export const encrypt: CommandSpec = {
  name: 'encrypt',
  writes: true,
  description: msg(
    '加密保存个人资料：身份证号、电话等改为 age 密文（另存遮蔽值和散列），一次提交；再次运行加密遗留的明文',
    'seal personal data at rest: id numbers, phones and the like become age ciphertext (beside their mask and a keyed hash), in one commit; run again, it seals what is left in clear',
  ),
  options: [
    {
      flags: '--desk <name>',
      description: msg(
        '本机在密钥名单中的名称（默认主机名）',
        "this desk's name in the list of keys (default: the host name)",
      ),
    },
    {
      flags: '--recovery <age-key>',
      description: msg(
        '主任离线保管的恢复密钥的公钥（不给则生成一对）',
        'the public key of the recovery key the director keeps offline (else one is made)',
      ),
    },
    {
      flags: '--recovery-out <file>',
      description: msg(
        '生成的恢复私钥写到这里（记录库之外，如 U 盘）',
        'where the recovery secret key made goes (outside the records, e.g. a USB stick)',
      ),
    },
    {
      flags: '--replacements <file>',
      description: msg(
        '写出加密的号码清单，供 git filter-repo --replace-text 改写历史（明文，用后删除）',
        'write the list of numbers sealed, for git filter-repo --replace-text to rewrite history (in clear: delete it afterwards)',
      ),
    },
  ],
  load: () => import('./commands/encrypt.js'),
};

export const keys: GroupSpec = {
  name: 'keys',
  description: msg('可读取加密个人资料的密钥', 'the keys that can read the sealed personal data'),
  commands: [
    {
      name: 'list',
      description: msg(
        '列出可读取的工作站和恢复密钥，以及本机公钥（本机没有时生成）',
        "list the desks and the recovery key that can read, and this desk's public key (made if it has none)",
      ),
      load: () => import('./commands/keys-list.js'),
    },
    {
      name: 'add',
      writes: true,
      description: msg(
        '加入一台工作站（或新的恢复密钥）：全部加密值重新加密给它，一次提交',
        'add a desk (or a new recovery key): every sealed value re-sealed to it too, in one commit',
      ),
      args: [{ name: 'key', description: msg('它的 age 公钥（age1…）', 'its age public key (age1…)'), required: true }],
      options: [
        { flags: '--name <name>', description: msg('名称，如 服务台B', 'a name, e.g. desk B'), required: true },
        { flags: '--recovery', description: msg('这是恢复密钥（离线保管）', 'this is a recovery key (kept offline)') },
      ],
      load: () => import('./commands/keys-add.js'),
    },
    {
      name: 'remove',
      writes: true,
      description: msg(
        '移除一把密钥：全部加密值重新加密（不含它），并更换散列密钥，一次提交',
        'remove a key: every sealed value re-sealed without it and a new hash key, in one commit',
      ),
      args: [{ name: 'key', description: msg('名称或公钥', 'its name or public key'), required: true }],
      load: () => import('./commands/keys-remove.js'),
    },
  ],
};

export const completion: CommandSpec = {
  name: 'completion',
  noRoot: true,
  description: msg('打印 shell 补全脚本', 'print a shell completion script'),
  args: [{ name: 'shell', description: msg('bash、zsh 或 fish', 'bash, zsh or fish'), required: true }],
  load: () => import('./commands/completion.js'),
};

export const config: GroupSpec = {
  name: 'config',
  description: msg(
    '本机设置（.wuye/local.yaml，不进 git）',
    'settings of this computer (.wuye/local.yaml, not in git)',
  ),
  commands: [
    {
      name: 'operator',
      description: msg(
        '设定或显示本机的默认操作员（不用 --as 时以其身份操作）',
        'set or show the default operator of this computer (who acts when --as is not given)',
      ),
      args: [{ name: 'staff', description: msg('员工编号，如 S003', 'staff id, e.g. S003'), kind: 'staff' }],
      load: () => import('./commands/config-operator.js'),
    },
  ],
};

export const demo: GroupSpec = {
  name: 'demo',
  description: msg('演示与基准数据', 'demo and benchmark data'),
  commands: [
    {
      name: 'generate',
      noRoot: true,
      description: msg('生成大型合成小区（用于基准测试）', 'generate a large synthetic estate (for benchmarks)'),
      args: [{ name: 'dir', description: msg('目录', 'folder'), required: true }],
      options: [
        { flags: '--units <n>', description: msg('房屋数', 'number of units'), default: '5000' },
        { flags: '--seed <n>', description: msg('随机种子', 'random seed'), default: '1' },
        { flags: '--years <n>', description: msg('历史年数', 'years of history'), default: '3' },
        { flags: '--no-git', description: msg('不建 git 仓库', 'do not create a git repository') },
      ],
      load: () => import('./commands/demo-generate.js'),
    },
  ],
};

export const manifest: Manifest = {
  name: 'system',
  commands: [
    audit,
    clone,
    completion,
    config,
    demo,
    encrypt,
    find,
    form,
    hooks,
    init,
    keys,
    mergeDriver,
    recover,
    show,
    sync,
    validate,
  ],
  generators: async () => [(await import('./generator.js')).configGenerator],
  bench: 'tests/bench/sync.mjs',
};
