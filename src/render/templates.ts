// Loading form and text templates (templates/forms/README.md "Overrides"):
// a center's own file under <records>/templates/ wins over wuye's templates/.
// e.g. loadTemplate(root, config, 'registry/owner-registration')
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidRecordError, NotFoundError, UsageError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { configPath } from '../core/inside.js';
import { projectPath } from '../core/paths.js';
import { parseRecordText, ParseFailure } from '../core/yamlio.js';
import type { Block, FormTemplate } from './model.js';

const NAME = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
const BLOCK_KINDS = [
  'grid',
  'table',
  'text',
  'checks',
  'signatures',
  'chart',
  'poster',
  'spacer',
  'page_break',
  'keep',
];
const BLOCK_FLAGS = ['heading', 'heading_en', 'keep_with_previous'];

/** The file a template name resolves to: the override under the records root, else wuye's own. */
export function templateFile(
  root: string | undefined,
  overrideDir: string,
  kind: 'forms' | 'texts',
  name: string,
): string {
  if (!NAME.test(name))
    throw new UsageError(
      msg(`模板名称无效: ${name}`, `bad template name: ${name}`),
      msg('模板名称形如 registry/owner-registration', 'a template name looks like registry/owner-registration'),
    );
  const ext = kind === 'forms' ? '.yaml' : '.md';
  if (root) {
    const own = configPath(root, join(overrideDir, kind, name + ext), 'templates');
    if (existsSync(own)) return own;
  }
  const builtin = projectPath('templates', kind, name + ext);
  if (!existsSync(builtin))
    throw new NotFoundError(
      msg(`没有模板 ${kind}/${name}${ext}`, `no template ${kind}/${name}${ext}`),
      msg('用 wuye form --list 查看可用表单', 'see wuye form --list for the forms there are'),
    );
  return builtin;
}

function bad(file: string, what: string, whatEn: string): never {
  throw new InvalidRecordError(
    msg(`模板 ${file}: ${what}`, `template ${file}: ${whatEn}`),
    msg('对照 templates/forms/README.md 修改模板', 'fix the template following templates/forms/README.md'),
    { file },
  );
}

function checkBlock(b: Block, i: number, file: string): void {
  const kinds = Object.keys(b).filter((k) => BLOCK_KINDS.includes(k));
  const unknown = Object.keys(b).filter((k) => !BLOCK_KINDS.includes(k) && !BLOCK_FLAGS.includes(k));
  if (unknown.length)
    bad(
      file,
      `第 ${i + 1} 块有未知的键 ${unknown.join(', ')}`,
      `block ${i + 1} has unknown keys ${unknown.join(', ')}`,
    );
  if (kinds.length > 1)
    bad(
      file,
      `第 ${i + 1} 块同时是 ${kinds.join('、')}`,
      `block ${i + 1} is several kinds at once: ${kinds.join(', ')}`,
    );
  if (b.grid && !Array.isArray(b.grid.fields))
    bad(file, `第 ${i + 1} 块 grid 缺少 fields`, `block ${i + 1}: grid needs fields`);
  if (b.table && (!b.table.key || !Array.isArray(b.table.columns)))
    bad(file, `第 ${i + 1} 块 table 需要 key 和 columns`, `block ${i + 1}: table needs key and columns`);
  if (b.checks && !Array.isArray(b.checks.options))
    bad(file, `第 ${i + 1} 块 checks 缺少 options`, `block ${i + 1}: checks needs options`);
  if (b.signatures && !Array.isArray(b.signatures.parties))
    bad(file, `第 ${i + 1} 块 signatures 缺少 parties`, `block ${i + 1}: signatures needs parties`);
  if (b.keep !== undefined) {
    if (!Array.isArray(b.keep))
      bad(file, `第 ${i + 1} 块 keep 应为块的列表`, `block ${i + 1}: keep is a list of blocks`);
    b.keep.forEach((k) => checkBlock(k, i, file));
  }
}

export function parseTemplate(text: string, name: string, file: string): Omit<FormTemplate, 'texts'> {
  let data: unknown;
  try {
    data = parseRecordText(text, file);
  } catch (e) {
    if (e instanceof ParseFailure)
      throw new InvalidRecordError(e.problem.message, e.problem.hint, {
        file: e.problem.file,
        line: e.problem.line,
        column: e.problem.column,
      });
    throw e;
  }
  const t = data as Partial<FormTemplate> | null;
  if (!t || typeof t !== 'object') bad(file, '不是一个映射', 'is not a mapping');
  if (typeof t.code !== 'string' || typeof t.title !== 'string')
    bad(file, '需要 code（表格编号）和 title', 'needs code (表格编号) and title');
  if (!Array.isArray(t.blocks)) bad(file, '需要 blocks 列表', 'needs a blocks list');
  if (t.copies !== undefined && (!Array.isArray(t.copies) || !t.copies.every((c) => typeof c?.label === 'string')))
    bad(file, 'copies 应为 { label } 的列表', 'copies is a list of { label }');
  t.blocks.forEach((b, i) => checkBlock(b, i, file));
  return { ...t, name } as Omit<FormTemplate, 'texts'>;
}

/** A form template with the text templates it uses, overrides applied. */
export function loadTemplate(root: string | undefined, overrideDir: string, name: string): FormTemplate {
  const file = templateFile(root, overrideDir, 'forms', name);
  const t = parseTemplate(readFileSync(file, 'utf8'), name, file);
  const texts: Record<string, string> = {};
  const load = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.poster?.template)
        texts[b.poster.template] = readFileSync(templateFile(root, overrideDir, 'texts', b.poster.template), 'utf8');
      if (b.text?.template)
        texts[b.text.template] = readFileSync(templateFile(root, overrideDir, 'texts', b.text.template), 'utf8');
      if (b.keep) load(b.keep);
    }
  };
  load(t.blocks);
  return { ...t, texts };
}
