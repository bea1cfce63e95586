// Reading and writing record files (records.md "Validation" layer 1, "Writes are
// safe"): bytes are checked for encoding first (a GBK file from a Windows editor
// gets a clear message, not mojibake), js-yaml parses fast for bulk reads, and
// the `yaml` package is used where it is the right tool — locating an error's
// line:column and editing a file while keeping its comments and key order.
import { isUtf8 } from 'node:buffer';
import jsyaml from 'js-yaml';
import { createRequire } from 'node:module';
import type * as YamlLib from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';

// The `yaml` package, loaded on first use: commands that only read (show, find,
// validate of clean files) never pay for it — it is the slow part of start-up.
const requireCjs = createRequire(import.meta.url);
let yamlLib: typeof YamlLib | undefined;
const Y = (): typeof YamlLib => (yamlLib ??= requireCjs('yaml') as typeof YamlLib);
import { msg, type Msg } from './i18n.js';
import { toYamlExact } from './yamlemit.js';
import { parseOwnYaml } from './yamlfast.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: Msg;
  hint?: Msg;
}

export class ParseFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message.en);
  }
}

function fail(file: string, line: number, column: number, code: string, message: Msg, hint?: Msg): never {
  throw new ParseFailure({ file, line, column, severity: 'error', code, message, hint });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a record file's bytes, refusing anything but UTF-8 (with a clear word on what it looks like). */
export function decodeRecord(buf: Buffer, file: string, warnings?: Problem[]): string {
  if (buf.length > MAX_RECORD_BYTES) {
    fail(
      file,
      1,
      1,
      'too-large',
      msg(
        `文件过大（${(buf.length / 1048576).toFixed(1)} MB，上限 1 MB）`,
        `file too large (${(buf.length / 1048576).toFixed(1)} MB, limit 1 MB)`,
      ),
      msg(
        '一条记录一个文件；请检查是否误存了其他内容',
        'one record per file; check that nothing else was saved into it',
      ),
    );
  }
  if (buf.length === 0)
    fail(
      file,
      1,
      1,
      'empty',
      msg('文件为空', 'file is empty'),
      msg('从 git 恢复（git checkout -- 文件）或删除该文件', 'restore it from git (git checkout -- FILE) or delete it'),
    );
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || buf.subarray(0, 64).includes(0)) {
    fail(
      file,
      1,
      1,
      'utf16',
      msg('文件是 UTF-16 编码', 'file is UTF-16 encoded'),
      msg('请用编辑器另存为 UTF-8（无 BOM）', 'save it as UTF-8 (without BOM) in your editor'),
    );
  }
  let text: string;
  try {
    // isUtf8 is a native scan, ~10× cheaper than a fatal TextDecoder on the bulk path.
    text = isUtf8(buf) ? buf.toString('utf8') : utf8.decode(buf);
  } catch {
    const at = firstBadUtf8(buf);
    fail(
      file,
      at.line,
      at.column,
      'encoding',
      msg(
        '文件不是 UTF-8 编码（看起来是 GBK/GB18030，常见于 Windows 记事本）',
        'file is not UTF-8 (it looks like GBK/GB18030, as Windows editors save)',
      ),
      msg(
        '请用编辑器另存为 UTF-8，或运行 iconv -f GBK -t UTF-8',
        'save it as UTF-8 in your editor, or convert it with iconv -f GBK -t UTF-8',
      ),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    warnings?.push({
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      code: 'bom',
      message: msg('文件以 UTF-8 BOM 开头', 'file starts with a UTF-8 BOM'),
      hint: msg('下次由 wuye 写入时会去掉', 'wuye removes it when it next writes the file'),
    });
    text = text.slice(1);
  }
  if (text.includes('\r\n')) {
    warnings?.push({
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      code: 'crlf',
      message: msg('文件使用 CRLF（Windows）换行', 'file uses CRLF (Windows) line ends'),
      hint: msg('下次由 wuye 写入时会改为 LF', 'wuye writes LF when it next writes the file'),
    });
  }
  return text;
}

function firstBadUtf8(buf: Buffer): { line: number; column: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a) {
      line++;
      col = 1;
      continue;
    }
    if (b < 0x80) {
      col++;
      continue;
    }
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (len === 0 || i + len > buf.length) return { line, column: col };
    try {
      utf8.decode(buf.subarray(i, i + len));
    } catch {
      return { line, column: col };
    }
    i += len - 1;
    col++;
  }
  return { line, column: col };
}

// An anchor or alias token at a value position. Records never need them, and
// refusing them closes the "billion laughs" door before anything expands.
const ALIAS_HINT = /(^|[\s[{,:-])[&*][^\s,\]}]/m;

/** Parse a record's text to plain data: the safe core schema only (no tags, no timestamps, no code). */
export function parseRecordText(text: string, file: string): unknown {
  // A tab inside a value is legal YAML; one in the indentation is not (every tab is looked at, not only the first).
  for (let idx = text.indexOf('\t'); idx >= 0; idx = text.indexOf('\t', idx + 1)) {
    const lineStart = text.lastIndexOf('\n', idx - 1) + 1;
    if (/^[ ]*$/.test(text.slice(lineStart, idx))) {
      const line = lineOf(text, idx);
      fail(
        file,
        line,
        idx - lineStart + 1,
        'tab',
        msg('缩进中有制表符（Tab）', 'tab character in indentation'),
        msg(
          'YAML 只能用空格缩进；把 Tab 换成两个空格',
          'YAML indents with spaces only; replace the tab with two spaces',
        ),
      );
    }
  }
  if ((text.includes('&') || text.includes('*')) && ALIAS_HINT.test(text)) checkNoAliases(text, file);
  // The records wuye wrote itself (nearly all): read by the parser of that form, ~3× faster than js-yaml.
  const fast = parseOwnYaml(text);
  if (fast) return fast;
  try {
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file, json: false });
    return data;
  } catch (e) {
    const err = e as { mark?: { line: number; column: number }; reason?: string };
    const reason = err.reason ?? String(e);
    let at = betterErrorPlace(text, reason) ?? { line: (err.mark?.line ?? 0) + 1, column: (err.mark?.column ?? 0) + 1 };
    if (/bad indentation/.test(reason)) {
      // js-yaml stops after the key; the indentation to fix is at the start of the line.
      const l = text.split('\n')[at.line - 1] ?? '';
      at = { line: at.line, column: l.length - l.trimStart().length + 1 };
    }
    if ('unclosed' in at)
      fail(
        file,
        at.line,
        at.column,
        'unclosed-quote',
        msg('引号没有闭合', 'unclosed quote'),
        msg('补上缺少的引号', 'add the missing closing quote'),
      );
    fail(
      file,
      at.line,
      at.column,
      /duplicated mapping key/.test(reason) ? 'duplicate-key' : /unknown tag/.test(reason) ? 'tag' : 'yaml',
      yamlReason(reason),
      yamlHint(reason),
    );
  }
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * js-yaml reports some errors where it gave up, not where the mistake is: an
 * unclosed quote at the end of the file, a tag at the end of its value. Only
 * for files that failed (never on the fast path), find the place a person must fix.
 */
function betterErrorPlace(
  text: string,
  reason: string,
): { line: number; column: number; unclosed?: boolean } | undefined {
  if (!/duplicated mapping key|unknown tag|bad indentation/.test(reason)) {
    // A quote left open swallows the lines after it; the parser fails somewhere below.
    // The first value that opens a quote and does not close it on its line is what to fix.
    const lines = text.split('\n');
    for (const [i, l] of lines.entries()) {
      const m = /^(\s*(?:-\s+)*(?:[^\s#"'][^:#]*:\s+)?)(["'])(.*)$/.exec(l);
      if (!m) continue;
      const q = m[2];
      const rest = m[3];
      const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
      if (!closed) return { line: i + 1, column: m[1].length + 1, unclosed: true };
    }
  }
  if (/unknown tag|single document/.test(reason)) {
    const lc = new (Y().LineCounter)();
    const doc = Y().parseDocument(text, { lineCounter: lc, uniqueKeys: false });
    const first = [...doc.errors, ...doc.warnings].find((w) => w.linePos)?.linePos?.[0];
    if (first) return { line: first.line, column: first.col };
  }
  return undefined;
}

function yamlReason(reason: string): Msg {
  if (/duplicated mapping key/.test(reason)) return msg('重复的键', 'duplicate key');
  if (/unknown tag/.test(reason))
    return msg(
      `不允许的自定义标签（${reason.replace(/.*<(.*)>.*/, '$1')}）`,
      `custom tag not allowed (${reason.replace(/.*<(.*)>.*/, '$1')})`,
    );
  if (/unexpected end of the stream within a (double|single) quoted scalar/.test(reason))
    return msg('引号没有闭合', 'unclosed quote');
  if (/bad indentation/.test(reason)) return msg('缩进错误', 'bad indentation');
  return msg(`YAML 语法错误: ${reason}`, `YAML syntax error: ${reason}`);
}

function yamlHint(reason: string): Msg {
  if (/duplicated mapping key/.test(reason))
    return msg(
      '同一层级每个键只能出现一次；删除或合并重复的一行',
      'each key may appear once per level; delete or merge the repeated line',
    );
  if (/unknown tag/.test(reason))
    return msg('记录只能包含普通数据；删除 !! 标签', 'records hold plain data only; remove the !! tag');
  if (/quoted scalar/.test(reason)) return msg('补上缺少的引号', 'add the missing closing quote');
  return msg(
    '修正该位置的 YAML 语法（缩进用空格，冒号后留一个空格）',
    'fix the YAML at that place (indent with spaces, one space after each colon)',
  );
}

function checkNoAliases(text: string, file: string): void {
  const lc = new (Y().LineCounter)();
  const doc = Y().parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  let found: { offset: number; anchor: boolean } | undefined;
  Y().visit(doc, (_key, node) => {
    if (Y().isAlias(node)) {
      found = { offset: node.range?.[0] ?? 0, anchor: false };
      return Y().visit.BREAK;
    }
    if (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor) {
      found = { offset: (node as Node).range?.[0] ?? 0, anchor: true };
      return Y().visit.BREAK;
    }
    return undefined;
  });
  if (found) {
    // An anchored node's range starts at its value; point at the `&name` a person wrote before it.
    const anchor = found.anchor ? text.lastIndexOf('&', found.offset) : -1;
    const pos = lc.linePos(anchor >= 0 ? anchor : found.offset);
    fail(
      file,
      pos.line,
      pos.col,
      'alias',
      msg('记录中不允许使用锚点/别名（& 和 *）', 'anchors and aliases (& and *) are not allowed in records'),
      msg('把被引用的内容直接写出来', 'write the referenced content out in full'),
    );
  }
}

/** Dump a new record (no comments yet) as YAML: key order as given, strings that look like numbers quoted. */
export function dumpRecord(data: unknown): string {
  const fast =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? toYamlExact(data as Record<string, unknown>)
      : undefined;
  return fast ?? new (Y().Document)(data).toString({ lineWidth: 0 });
}

/** Open a file's text for editing: comments, blank lines and key order survive. */
export function openDoc(text: string): Document {
  return Y().parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
}

/**
 * Replace the value of the node at a path by a new block value, touching no other byte of the text: the
 * comments, alignment and flow lists a person wrote elsewhere stay as they are (a whole-document re-dump
 * would re-flow them). For hand-written files such as wuye.yaml. Returns the new text.
 */
export function replaceInText(text: string, path: (string | number)[], value: unknown): string {
  const doc = Y().parseDocument(text, { uniqueKeys: true });
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node?.range) throw new RangeError(`no node at ${path.join('.')}`);
  const [start, end] = node.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = ' '.repeat(start - lineStart);
  const block = Y()
    .stringify(value, { lineWidth: 0 })
    .replace(/\n$/, '')
    .split('\n')
    .map((l, i) => (i === 0 ? l : indent + l))
    .join('\n');
  const tail = /\s*$/.exec(text.slice(start, end))![0]; // the node's range takes in the line end after it
  return text.slice(0, start) + block + tail + text.slice(end);
}

export function docToString(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/**
 * Set (or, with undefined, delete) the value at a path in a document. Plain
 * objects and arrays become new nodes; existing nodes keep their comments.
 */
export function setIn(doc: Document, path: (string | number)[], value: unknown): void {
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  doc.setIn(path, doc.createNode(value));
}

/**
 * Set a top-level key; a key the record does not have yet goes just before `before` (a case's `state`,
 * so that what a step adds reads above the state and the log, as the schema orders it), else at the end.
 */
export function setTopBefore(doc: Document, key: string, value: unknown, before: string): void {
  const map = doc.contents;
  if (value === undefined || doc.has(key) || !Y().isMap(map)) return setIn(doc, [key], value);
  const i = map.items.findIndex((p) => Y().isScalar(p.key) && p.key.value === before);
  if (i < 0) return setIn(doc, [key], value);
  map.items.splice(i, 0, doc.createPair(key, value) as (typeof map.items)[number]);
}

/** Append an item to a sequence at a path, creating the sequence if needed (case logs). */
export function appendIn(doc: Document, path: (string | number)[], item: unknown): void {
  const seq = doc.getIn(path, true);
  if (Y().isSeq(seq)) {
    seq.flow = false;
    seq.items.push(doc.createNode(item));
  } else doc.setIn(path, doc.createNode([item]));
}

// The last file located (a file with several problems is parsed once, not once per problem).
let located: { text: string; doc: Document; lc: LineCounter } | undefined;

/**
 * Where a value lives in a file, for an error about the JSON pointer `pointer`
 * (`/owners/0/person`). Falls back to the nearest existing parent.
 */
export function locate(text: string, pointer: string, atKey = false): { line: number; column: number } {
  if (located?.text !== text) {
    const lc = new (Y().LineCounter)();
    located = { text, lc, doc: Y().parseDocument(text, { lineCounter: lc, uniqueKeys: false }) };
  }
  const { doc, lc } = located;
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, part] of parts.entries()) {
    if (Y().isMap(node)) {
      const pair = node.items.find((it) => Y().isScalar(it.key) && String(it.key.value) === part);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
      if (atKey && i === parts.length - 1) break;
      if (node && (node as Node).range && !Y().isMap(node) && !Y().isSeq(node)) offset = (node as Node).range![0];
    } else if (Y().isSeq(node)) {
      const item = node.items[Number(part)];
      if (!item) break;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
    } else break;
  }
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Where a key sits in a file (for an unknown or misspelled property). */
export function locateKey(text: string, pointer: string, key: string): { line: number; column: number } {
  return locate(text, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, true);
}
