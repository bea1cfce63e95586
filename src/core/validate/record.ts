// Layers 1 and 2 of `wuye validate` for one file (records.md "Validation"):
// bytes and YAML (encoding, tabs, duplicate keys, aliases, tags — see
// yamlio.ts), then the kind's JSON Schema with each error located, and the
// file's identity: `kind:` matches the folder, `id:` the file name, the file sits
// where its id says. js-yaml parses every file; `yaml` only locates problems.
import { closeSync, constants, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../i18n.js';
import { relPath } from '../kinds.js';
import { FORMAT } from '../root.js';
import { explain, schemaKinds, validatorFor } from '../schemas.js';
import { decodeRecord, locateKey, parseRecordText, ParseFailure, type Problem } from '../yamlio.js';
import type { Slot } from './files.js';
import { armorProblem } from '../age.js';
import { isSealed, personalValues, sealable, SEALED_MARK, unsealRecord } from '../sealed.js';
import { fileProblem, problemAt, type RecordInfo } from './types.js';

let withSchema: Set<string> | undefined;
const hasSchema = (kind: string) => (withSchema ??= new Set(schemaKinds())).has(kind);

// Keys that mean something to JavaScript objects; a record never needs them.
const DANGEROUS = ['__proto__', 'constructor', 'prototype'];

function dangerousKey(data: unknown, pointer = ''): { pointer: string; key: string } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const [i, x] of data.entries()) {
      const f = dangerousKey(x, `${pointer}/${i}`);
      if (f) return f;
    }
    return undefined;
  }
  for (const k of Object.keys(data)) {
    if (DANGEROUS.includes(k)) return { pointer, key: k };
    const f = dangerousKey(
      (data as Record<string, unknown>)[k],
      `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    );
    if (f) return f;
  }
  return undefined;
}

const NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** A symbolic link under the records root: an error wherever it leads (issue 12 "Symlinks"). */
export function linkProblem(root: string, rel: string): Problem {
  let target: string;
  try {
    target = realpathSync(join(root, rel));
  } catch {
    try {
      target = readlinkSync(join(root, rel));
    } catch {
      target = '?';
    }
  }
  return fileProblem(
    rel,
    'symlink',
    msg(
      `这是一个符号链接（指向 ${target}）：记录库中不允许符号链接`,
      `this is a symbolic link (to ${target}): the records root holds no links`,
    ),
    msg(
      'wuye 不经链接读写；删除链接（git rm），把真正的文件或目录放在这里，或移出记录库',
      'wuye neither reads nor writes through links: remove the link (git rm) and put the real file or folder here, or move it out of the records root',
    ),
  );
}

/** A file's problems; `rec` when it parsed (its references can be checked), `valid` when it also met its schema (domain checks run). */
export interface Loaded {
  rec?: RecordInfo;
  valid: boolean;
  problems: Problem[];
}

/** Read, decode and parse a file (layer 1); problems instead of exceptions. */
export function loadFile(root: string, rel: string, problems: Problem[]): { text: string; data: unknown } | undefined {
  let buf: Buffer;
  try {
    // a record that is a link is reported, never followed (it could lead anywhere on the machine)
    const fd = openSync(join(root, rel), NOFOLLOW);
    try {
      buf = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') {
      problems.push(linkProblem(root, rel));
      return undefined;
    }
    problems.push(
      fileProblem(
        rel,
        'unreadable',
        msg(`无法读取文件: ${(e as Error).message}`, `cannot read the file: ${(e as Error).message}`),
      ),
    );
    return undefined;
  }
  try {
    const text = decodeRecord(buf, rel, problems);
    const data = parseRecordText(text, rel);
    if (data === null || data === undefined) {
      problems.push(
        fileProblem(
          rel,
          'empty',
          msg('文件没有内容（只有空白或注释）', 'the file has no content (only blanks or comments)'),
          msg(
            '从 git 恢复（git checkout -- 文件）或删除该文件',
            'restore it from git (git checkout -- FILE) or delete it',
          ),
        ),
      );
      return undefined;
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push(
        fileProblem(
          rel,
          'not-mapping',
          msg('记录应为“键: 值”的映射', 'a record must be a mapping of key: value'),
          msg('每个记录文件以 kind: 和 id: 开头', 'every record file starts with kind: and id:'),
        ),
      );
      return undefined;
    }
    if (text.includes('__proto__') || text.includes('constructor') || text.includes('prototype')) {
      const d = dangerousKey(data);
      if (d) {
        const pos = locateKey(text, d.pointer, d.key);
        problems.push({
          file: rel,
          line: pos.line,
          column: pos.column,
          severity: 'error',
          code: 'dangerous-key',
          message: msg(`不允许的键 "${d.key}"`, `key "${d.key}" is not allowed`),
          hint: msg(
            '记录中不能使用 __proto__、constructor、prototype 作为键；删除该行',
            'records may not use __proto__, constructor or prototype as keys; delete the line',
          ),
        });
        return undefined;
      }
    }
    return { text, data };
  } catch (e) {
    if (e instanceof ParseFailure) {
      problems.push(e.problem);
      return undefined;
    }
    throw e;
  }
}

/**
 * Layers 1–2 for one file: the record if it is sound enough for the later layers. `read`: the file as a
 * lookup already read it (loadFile's result and problems), so that it is not read and parsed again.
 */
export function checkFile(
  root: string,
  slot: Slot,
  read?: { loaded: ReturnType<typeof loadFile>; problems: readonly Problem[] },
): Loaded {
  const problems: Problem[] = [];
  if (slot.type === 'stray') {
    problems.push(
      slot.reason === 'extension'
        ? fileProblem(
            slot.rel,
            'extension',
            msg(
              '记录文件应以 .yaml 结尾，wuye 不读取 .yml 文件',
              'record files end in .yaml; wuye does not read .yml files',
            ),
            msg(`改名为 ${slot.rel.replace(/\.yml$/, '.yaml')}`, `rename it to ${slot.rel.replace(/\.yml$/, '.yaml')}`),
            'warning',
          )
        : fileProblem(
            slot.rel,
            'stray',
            msg(
              '这个位置不存放记录，wuye 不读取该文件',
              'this is not a place for records; wuye does not read this file',
            ),
            msg(
              '记录放在以种类命名的目录中（units/、people/、staff/…）；其他文件请移出记录库',
              'records live in folders named after their kind (units/, people/, staff/...); move other files out of the records root',
            ),
            'warning',
          ),
    );
    return { problems, valid: false };
  }
  let loaded: ReturnType<typeof loadFile>;
  if (read) {
    problems.push(...read.problems);
    loaded = read.loaded;
  } else loaded = loadFile(root, slot.rel, problems);
  if (!loaded) return { problems, valid: false };
  const { text, data } = loaded;
  const obj = data as Record<string, unknown>;
  if (slot.type === 'config') {
    if (typeof obj.format === 'number' && obj.format > FORMAT) {
      problems.push(
        problemAt(
          { rel: slot.rel, text },
          '/format',
          'format',
          msg(
            `记录库格式为 ${obj.format}，本版本 wuye 只支持 ${FORMAT}`,
            `the records are format ${obj.format}; this wuye supports format ${FORMAT}`,
          ),
          msg('请升级 wuye', 'upgrade wuye'),
        ),
      );
      return { problems, valid: false };
    }
    const v = validatorFor('config');
    if (!v(data)) problems.push(...explain(v.errors ?? [], slot.rel, text));
    return {
      problems,
      rec: { rel: slot.rel, kind: 'config', id: 'wuye', data: obj, text },
      valid: problems.every((p) => p.severity !== 'error'),
    };
  }
  const { kind, id, rel } = { kind: slot.kind.kind, id: slot.id, rel: slot.rel };
  const rec: RecordInfo = { rel, kind, id, data: obj, text };
  const k = slot.kind;
  // the file name is the id for most kinds; fees/2026/1-2-0801.yaml holds 2026-1-2-0801 (kinds.ts idOfPath)
  const fileName = rel.slice(rel.lastIndexOf('/') + 1, -'.yaml'.length);
  const example = relPath(kind, k.idExample);
  // where the id the file holds says it belongs, when that id is well formed and not here
  const target =
    typeof obj.id === 'string' && k.idPattern.test(obj.id) && relPath(kind, obj.id) !== rel
      ? relPath(kind, obj.id)
      : undefined;
  if (!k.idPattern.test(id)) {
    problems.push(
      fileProblem(
        rel,
        'file-name',
        fileName === id
          ? msg(`文件名 "${id}" 不是有效的${k.label.zh}编号`, `file name "${id}" is not a valid ${k.label.en} id`)
          : msg(
              `${rel} 不是有效的${k.label.zh}文件位置（应形如 ${example}）`,
              `${rel} is not a valid place for a ${k.label.en} (its file looks like ${example})`,
            ),
        target
          ? msg(
              `该文件记录的是${k.label.zh} ${String(obj.id)}，应在 ${target}：用 git mv ${rel} ${target} 改名`,
              `the file holds ${k.label.en} ${String(obj.id)}, which belongs at ${target}: rename it with git mv ${rel} ${target}`,
            )
          : msg(
              `${k.label.zh}编号形如 ${k.idExample}，文件为 ${example}`,
              `a ${k.label.en} id looks like ${k.idExample}; its file is ${example}`,
            ),
      ),
    );
  } else if (relPath(kind, id) !== rel) {
    problems.push(
      fileProblem(
        rel,
        'misplaced',
        msg(
          `文件位置不对，应为 ${relPath(kind, id)}`,
          `the file is in the wrong place; it belongs at ${relPath(kind, id)}`,
        ),
        msg(`用 git mv ${rel} ${relPath(kind, id)} 移动`, `move it with git mv ${rel} ${relPath(kind, id)}`),
      ),
    );
  }
  if (obj.kind !== undefined && obj.kind !== kind) {
    problems.push(
      problemAt(
        rec,
        '/kind',
        'kind',
        msg(
          `kind 为 ${JSON.stringify(obj.kind)}，但文件在 ${slot.kind.folder}/ 中（应为 ${kind}）`,
          `kind is ${JSON.stringify(obj.kind)} but the file is in ${slot.kind.folder}/ (expected ${kind})`,
        ),
        msg(
          `改为 kind: ${kind}，或把文件移到该种类的目录`,
          `write kind: ${kind}, or move the file to the folder of its kind`,
        ),
      ),
    );
    return { problems, valid: false }; // the rest would be judged against the wrong schema
  }
  if (typeof obj.id === 'string' && obj.id !== id && k.idPattern.test(id)) {
    problems.push(
      problemAt(
        rec,
        '/id',
        'id-mismatch',
        fileName === id
          ? msg(`id 为 "${obj.id}"，与文件名 "${id}" 不符`, `id is "${obj.id}" but the file is named "${id}"`)
          : msg(
              `id 为 "${obj.id}"，与文件位置不符（${rel} 的编号是 "${id}"）`,
              `id is "${obj.id}" but the file's place says "${id}" (${rel})`,
            ),
        target
          ? msg(
              `改为 id: ${id}，或把文件移到 ${target}（git mv ${rel} ${target}）${fileName === id ? '' : `；文件位置决定编号：${example} 存 ${k.idExample}`}`,
              `write id: ${id}, or move the file to ${target} (git mv ${rel} ${target})${fileName === id ? '' : `; the file's place makes the id: ${example} holds ${k.idExample}`}`,
            )
          : msg(`改为 id: ${id}`, `write id: ${id}`),
      ),
    );
  }
  if (hasSchema(kind)) {
    const v = validatorFor(kind);
    if (!v(data)) {
      problems.push(...explain(v.errors ?? [], rel, text));
      return { problems, rec, valid: false };
    }
  }
  if (text.includes(SEALED_MARK) || sealedEstate(root)) {
    problems.push(...sealProblems(rec, sealedEstate(root)));
    // the later layers see what a command sees: the mask (its hash kept beside it for the unique checks)
    unsealRecord(kind, obj);
  }
  return { problems, rec, valid: true };
}

const encryptOn = new Map<string, boolean>();
/** wuye.yaml says personal.encrypt (read once per root). */
function sealedEstate(root: string): boolean {
  let on = encryptOn.get(root);
  if (on === undefined) {
    const c = loadFile(root, 'wuye.yaml', [])?.data as { personal?: { encrypt?: unknown } } | undefined;
    encryptOn.set(root, (on = c?.personal?.encrypt === true));
  }
  return on;
}

/** Personal data at rest (issue 18): a value left in clear once encryption is on, a damaged ciphertext. */
function sealProblems(rec: RecordInfo, encrypt: boolean): Problem[] {
  const out: Problem[] = [];
  for (const { cls, path, value } of personalValues(rec.kind, rec.data)) {
    const ptr = path.map((p) => `/${p}`).join('');
    const field = path.join('.');
    if (isSealed(value)) {
      const bad = armorProblem(value.age);
      if (bad)
        out.push(
          problemAt(
            rec,
            `${ptr}/age`,
            'sealed-damaged',
            msg(
              `${field} 的密文已损坏（${bad}），此值按遮蔽值 ${value.mask} 使用`,
              `the ciphertext of ${field} is damaged (${bad}); the value is used as its mask ${value.mask}`,
            ),
            msg(
              '从 git 历史恢复这一行（git log -p 文件），或用 --reveal 重新输入此值',
              'restore the lines from git history (git log -p FILE), or enter the value again',
            ),
          ),
        );
    } else if (encrypt && typeof value === 'string' && sealable(cls, value))
      out.push(
        problemAt(
          rec,
          ptr,
          'personal-clear',
          msg(
            `${field} 是未加密的个人资料（wuye.yaml personal.encrypt 已打开）`,
            `${field} is personal data in clear (wuye.yaml personal.encrypt is on)`,
          ),
          msg('运行 wuye encrypt 加密它', 'run wuye encrypt to seal it'),
        ),
      );
  }
  return out;
}
