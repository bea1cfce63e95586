// The schema registry (records.md "Schemas"): each kind's validator, loaded the first time it is
// needed (a `show` loads none, a write one), and Ajv's errors turned into located, bilingual problems.
// The validators are made by `npm run build` (src/core/ajv.ts, bin/dev/build.mjs) into dist/validators/,
// so a command loads neither Ajv nor the schemas to validate. e.g. schemaProblems('unit', data, file, text)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { compileKind, validatorName, WITH_DEFAULTS } from './ajv.js';
import { FORMATS_MODULE, formatsObject } from './formats.js';
import { msg, type Msg } from './i18n.js';
import { projectPath } from './paths.js';
import { locate, locateKey, type Problem } from './yamlio.js';

const req = createRequire(import.meta.url);
/** Running from src/ (vitest, before a build): compile with Ajv instead of loading dist/validators/. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

export function schemaFile(kind: string): string {
  return projectPath('schemas', `${kind}.schema.json`);
}

/** A validator written by the build: Ajv's standalone CommonJS code, given our formats for `require("wuye:formats")`. */
function loadBuilt(name: string): ValidateFunction {
  const file = fileURLToPath(new URL(`../validators/${name}.cjs`, import.meta.url));
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`the validator ${name} was not built (${file}): run npm run build`);
  }
  const mod: { exports: unknown } = { exports: {} };
  const resolve = (id: string) => (id === FORMATS_MODULE ? formatsObject() : req(id));
  // the sourceURL names the file in a stack trace
  new Function('require', 'module', 'exports', `${code}\n//# sourceURL=${file}`)(resolve, mod, mod.exports);
  return mod.exports as ValidateFunction;
}

const loaded = new Map<string, ValidateFunction>();

function validator(kind: string, useDefaults: boolean): ValidateFunction {
  const name = validatorName(kind, useDefaults);
  let v = loaded.get(name);
  if (!v) {
    if (useDefaults && !WITH_DEFAULTS.includes(kind)) throw new Error(`no validator filling defaults for ${kind}`);
    v = FROM_SOURCE ? compileKind(kind, useDefaults) : loadBuilt(name);
    loaded.set(name, v);
  }
  return v;
}

export function validatorFor(kind: string): ValidateFunction {
  return validator(kind, false);
}

/** Every kind that has a schema (for `validate` and the doc test). */
export function schemaKinds(): string[] {
  return readdirSync(projectPath('schemas'))
    .filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json')
    .map((f) => f.slice(0, -'.schema.json'.length));
}

/** Fill a config-like object's defaults from its schema (Ajv useDefaults), on a copy. */
export function withDefaults<T>(kind: string, data: unknown): { value: T; errors: ErrorObject[] } {
  const copy = structuredClone(data);
  const v = validator(kind, true);
  v(copy);
  return { value: copy as T, errors: v.errors ?? [] };
}

/** Validate data against its kind's schema; problems carry file:line:column found in `text`. */
export function schemaProblems(kind: string, data: unknown, file: string, text: string): Problem[] {
  const v = validatorFor(kind);
  if (v(data)) return [];
  return explain(v.errors ?? [], file, text);
}

/** Turn Ajv errors into problems, one per offending value, in both languages. */
export function explain(errors: ErrorObject[], file: string, text: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  // With oneOf/anyOf Ajv reports every branch; a format/pattern error on a leaf is what a person needs.
  for (const e of errors) {
    // a personal value that may be sealed (ajv.ts acceptSealed): the branch's own error says what is wrong
    if (e.keyword === 'if') continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const field = e.instancePath.split('/').filter(Boolean).join('.') || '(根)';
    let pos: { line: number; column: number };
    let message: Msg;
    let hint: Msg | undefined;
    switch (e.keyword) {
      case 'additionalProperty':
      case 'additionalProperties': {
        const prop = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
        pos = locateKey(text, e.instancePath, prop);
        const near = closest(prop, known);
        message = msg(
          `未知字段 "${prop}"${field !== '(根)' ? `（在 ${field} 中）` : ''}`,
          `unknown field "${prop}"${field !== '(根)' ? ` (in ${field})` : ''}`,
        );
        hint = near
          ? msg(
              `是否应为 "${near}"？已知字段: ${known.join(', ')}`,
              `did you mean "${near}"? known fields: ${known.join(', ')}`,
            )
          : msg(`已知字段: ${known.join(', ')}`, `known fields: ${known.join(', ')}`);
        break;
      }
      case 'required': {
        const prop = (e.params as { missingProperty: string }).missingProperty;
        pos = locate(text, e.instancePath);
        message = msg(
          `缺少必填字段 "${prop}"${field !== '(根)' ? `（在 ${field} 中）` : ''}`,
          `missing required field "${prop}"${field !== '(根)' ? ` (in ${field})` : ''}`,
        );
        hint = describe(e, prop);
        break;
      }
      default: {
        pos = locate(text, e.instancePath);
        const d = describeValue(e);
        message = msg(`字段 ${field} ${d.zh}`, `field ${field} ${d.en}`);
        hint = schemaHint(e);
      }
    }
    out.push({
      file,
      line: pos.line,
      column: pos.column,
      severity: 'error',
      code: `schema-${e.keyword}`,
      message,
      hint,
    });
  }
  return out;
}

function describeValue(e: ErrorObject): Msg {
  const p = e.params as Record<string, unknown>;
  const got = e.data === undefined ? '' : ` (${JSON.stringify(e.data)})`;
  switch (e.keyword) {
    case 'type':
      return msg(
        `类型错误：应为${typeName(String(p.type)).zh}${got}`,
        `has the wrong type: expected ${typeName(String(p.type)).en}${got}`,
      );
    case 'enum':
      return msg(
        `的值${got}不在允许的取值中: ${(p.allowedValues as unknown[]).join(', ')}`,
        `has a value${got} that is not allowed; allowed: ${(p.allowedValues as unknown[]).join(', ')}`,
      );
    case 'const':
      return msg(`应为 ${JSON.stringify(p.allowedValue)}${got}`, `must be ${JSON.stringify(p.allowedValue)}${got}`);
    case 'pattern':
      return msg(`格式错误${got}`, `is malformed${got}`);
    case 'format':
      return msg(
        `格式错误${got}：${formatName(String(p.format)).zh}`,
        `is malformed${got}: ${formatName(String(p.format)).en}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return msg(`超出范围${got}：${e.message}`, `is out of range${got}: ${e.message}`);
    case 'minItems':
      return msg(`至少需要 ${p.limit} 项`, `needs at least ${p.limit} item(s)`);
    case 'uniqueItems':
      return msg('有重复项', 'has duplicate items');
    case 'minLength':
      return msg('不能为空', 'must not be empty');
    case 'maxLength':
      return msg(`过长（最多 ${p.limit} 个字符）`, `is too long (at most ${p.limit} characters)`);
    default:
      return msg(`无效${got}：${e.message}`, `is invalid${got}: ${e.message}`);
  }
}

function typeName(t: string): Msg {
  const m: Record<string, Msg> = {
    string: msg('字符串（金额、日期、编号请加引号）', 'a string (quote money, dates and ids)'),
    integer: msg('整数', 'an integer'),
    number: msg('数字', 'a number'),
    boolean: msg('true 或 false', 'true or false'),
    array: msg('列表', 'a list'),
    object: msg('映射（键: 值）', 'a mapping (key: value)'),
    null: msg('空', 'null'),
  };
  return m[t] ?? msg(t, t);
}

function formatName(f: string): Msg {
  const m: Record<string, Msg> = {
    date: msg('应为有效日期 YYYY-MM-DD', 'expected a real date YYYY-MM-DD'),
    'date-time': msg(
      '应为带时区的时间，如 2026-11-28T09:30:00+08:00',
      'expected a time with offset, e.g. 2026-11-28T09:30:00+08:00',
    ),
    'cn-national-id': msg(
      '身份证号无效（18 位，校验位不符或出生日期不存在）',
      'invalid national id (18 characters; wrong check digit or birth date)',
    ),
    'cn-mobile': msg('手机号无效（应为 1 开头的 11 位数字）', 'invalid mobile number (11 digits starting with 1)'),
  };
  return m[f] ?? msg(f, f);
}

// What a value must look like, from the schema definition it failed.
const DEF_HINTS: Record<string, Msg> = {
  money: msg(
    '金额写成带两位小数的字符串，如 "1234.56"（不能为负，不能写 0.1）',
    'write money as a string with two decimals, e.g. "1234.56" (not negative, not 0.1)',
  ),
  signedMoney: msg(
    '金额写成带两位小数的字符串，如 "-12.30"',
    'write money as a string with two decimals, e.g. "-12.30"',
  ),
  rate: msg('费率写成字符串，最多六位小数，如 "2.35"', 'write rates as strings with at most six decimals, e.g. "2.35"'),
  area: msg('面积写成带两位小数的字符串，如 "89.37"', 'write areas as strings with two decimals, e.g. "89.37"'),
  rootPath: msg(
    '写记录库内的路径，相对记录库（如 templates 或 fonts/kai.ttf）：库外的文件不读，以免共享的配置读取本机任意文件',
    'give a path inside the records root, relative to it (e.g. templates or fonts/kai.ttf): files outside are not read, so that a shared configuration cannot read any file of this machine',
  ),
  date: msg('日期写成 YYYY-MM-DD，如 2026-11-28', 'write dates as YYYY-MM-DD, e.g. 2026-11-28'),
  datetime: msg(
    '时间写成 2026-11-28T09:30:00+08:00（必须带时区）',
    'write times as 2026-11-28T09:30:00+08:00 (with offset)',
  ),
  period: msg('期间写成 YYYY-MM', 'write periods as YYYY-MM'),
  unitId: msg('房屋编号形如 1-2-0801', 'unit ids look like 1-2-0801'),
  personId: msg('人员编号形如 P000123', 'person ids look like P000123'),
  staffId: msg('员工编号形如 S001', 'staff ids look like S001'),
  mobile: msg('手机号为 11 位数字，如 "13800138000"', 'mobile numbers have 11 digits, e.g. "13800138000"'),
  nationalId: msg('核对身份证号的 18 位和最后的校验位', 'check the 18 characters and the final check digit'),
};

function schemaHint(e: ErrorObject): Msg | undefined {
  const m = /\$defs\/(\w+)/.exec(e.schemaPath);
  if (m && DEF_HINTS[m[1]]) return DEF_HINTS[m[1]];
  const desc = (e.parentSchema as { description?: string } | undefined)?.description;
  return desc ? msg(desc, desc) : undefined;
}

function describe(e: ErrorObject, prop: string): Msg | undefined {
  const desc = (e.parentSchema as { properties?: Record<string, { description?: string }> })?.properties?.[prop]
    ?.description;
  return desc ? msg(`添加 ${prop}: …（${desc}）`, `add ${prop}: … (${desc})`) : undefined;
}

/** The known name closest to a misspelled one (edit distance ≤ 2). */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
