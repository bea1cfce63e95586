// Issue 12 "Paths and links" 9, 10, 11: an output path never lands on the records, wuye.yaml, git's or
// wuye's own folders, nor on another kind of file (one's own earlier output may be written again); a
// symlink under the records root is an error in validate, and reads and writes refuse a path that leads
// outside the root through one; wuye.yaml's paths (templates:, pdf.font) stay inside the root.
// e.g. wuye fee report arrears --xlsx wuye.yaml → exit 2 "不能写入 wuye.yaml：它是记录库的配置文件 wuye.yaml"
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, tmp, wuye, type RunResult } from '../helpers/cli.js';

const root = newRoot({ demo: true });
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const status = () => git(root, ['status', '--porcelain', '--untracked-files=all', '--ignored']);
const hash = (rel: string) =>
  createHash('sha256')
    .update(readFileSync(join(root, rel)))
    .digest('hex');

/** The command is refused with `code` and `line`, and nothing under the root (git's folder included) changed. */
function refused(args: string[], code: number, line: string, files: string[] = []): RunResult {
  const before = { head: head(), status: status(), files: files.map(hash) };
  const r = wuye(root, args);
  expect(r.code, r.stderr + r.stdout).toBe(code);
  expect(errLine(r)).toBe(`wuye: ${line}`);
  expect({ head: head(), status: status(), files: files.map(hash) }).toEqual(before);
  return r;
}

describe('--out / --xlsx / --pdf and batch folders', () => {
  it('refuses wuye.yaml and the records, naming the path', () => {
    refused(
      ['fee', 'report', 'arrears', '--xlsx', 'wuye.yaml'],
      2,
      '不能写入 wuye.yaml：它是记录库的配置文件 wuye.yaml',
      ['wuye.yaml'],
    );
    refused(
      ['unit', 'report', '--xlsx', 'units/1/1-1-0101.yaml'],
      2,
      '不能写入 units/1/1-1-0101.yaml：它是一条记录的文件',
      ['units/1/1-1-0101.yaml'],
    );
    refused(
      ['form', 'fee-statement', '1-1-0101', '--out', 'units/1/1-1-0102.yaml'],
      2,
      '不能写入 units/1/1-1-0102.yaml：它是一条记录的文件',
      ['units/1/1-1-0102.yaml'],
    );
    // a new record's place too: a .yaml in a kind's folder is a record's file, written by wuye only
    refused(
      ['form', 'fee-statement', '1-1-0101', '--out', 'people/P999999.yaml'],
      2,
      '不能写入 people/P999999.yaml：它是一条记录的文件',
    );
    const en = wuye(root, ['fee', 'report', 'arrears', '--xlsx', 'wuye.yaml', '--lang', 'en']);
    expect(errLine(en)).toBe("wuye: cannot write wuye.yaml: it is the records' configuration, wuye.yaml");
  });

  it("refuses git's and wuye's own folders: the hooks, .git itself, .wuye", () => {
    const hook = '.git/hooks/pre-commit';
    writeFileSync(join(root, hook), '#!/bin/sh\nwuye validate --changed\n', { mode: 0o755 });
    refused(
      ['form', 'fee-statement', '1-1-0101', '--out', hook],
      2,
      '不能写入 .git/hooks/pre-commit：它在 git 的 .git 目录中（钩子、索引、历史）',
      [hook],
    );
    refused(
      ['form', 'fee-statement', '1-1-0101', '--out', '.git'],
      2,
      '不能写入 .git：它在 git 的 .git 目录中（钩子、索引、历史）',
    );
    refused(
      ['fee', 'report', 'arrears', '--xlsx', '.wuye/arrears.xlsx'],
      2,
      '不能写入 .wuye/arrears.xlsx：它在 .wuye 目录中（本机设置、锁和日志）',
    );
    // a batch's folder
    refused(
      ['fee', 'statement', '--building', '1', '--period', '2026-11', '--out', '.git/statements'],
      2,
      '不能写入 .git/statements：它在 git 的 .git 目录中（钩子、索引、历史）',
    );
    expect(existsSync(join(root, '.git/statements'))).toBe(false);
    // through a link to the .git folder (outside the root: a link's target is where it writes)
    const away = tmp();
    symlinkSync(join(root, '.git', 'hooks'), join(away, 'hooks'));
    const r = wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', join(away, 'hooks', 'pre-commit')]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(root, hook), 'utf8')).toBe('#!/bin/sh\nwuye validate --changed\n');
  });

  it('refuses to overwrite a file of another kind; its own earlier output is written again', () => {
    const out = tmp();
    writeFileSync(join(out, 'notes.txt'), 'my notes\n');
    const notes = join(out, 'notes.txt');
    const r = wuye(root, ['fee', 'report', 'arrears', '--xlsx', notes]);
    expect(r.code).toBe(4);
    expect(errLine(r)).toBe(`wuye: ${notes} 已存在，是其他文件而不是 Excel 工作簿：拒绝覆盖`);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    // a workbook, written twice; then a PDF may not replace it, nor a workbook a PDF
    const book = join(out, 'arrears.xlsx');
    expect(wuye(root, ['fee', 'report', 'arrears', '--xlsx', book]).code).toBe(0);
    const first = readFileSync(book);
    expect(wuye(root, ['fee', 'report', 'arrears', '--xlsx', book]).code).toBe(0);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
    const pdf = wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', book]);
    expect(pdf.code).toBe(4);
    expect(readFileSync(book).subarray(0, 2)).toEqual(first.subarray(0, 2));
    const st = join(out, 'st.pdf');
    expect(wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', st]).code).toBe(0);
    expect(wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', st]).code).toBe(0);
    expect(wuye(root, ['fee', 'report', 'arrears', '--xlsx', st]).code).toBe(4);
    expect(readFileSync(st).subarray(0, 5).toString()).toBe('%PDF-');
    // a batch folder that is a file
    const f = wuye(root, ['fee', 'statement', '--building', '1', '--period', '2026-11', '--out', notes]);
    expect(f.code).toBe(2);
    expect(errLine(f)).toBe(`wuye: 不能写入 ${notes}：它已存在，且不是目录`);
  });
});

describe('symbolic links under the records root', () => {
  it('a record linked to a file outside: show refuses (prints nothing of it), validate reports it', () => {
    const secret = join(tmp(), 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(secret, join(root, 'units/1/1-1-0999.yaml'));
    try {
      const r = wuye(root, ['show', '1-1-0999']);
      expect(r.code).toBe(1);
      expect(errLine(r)).toBe(`wuye: units/1/1-1-0999.yaml: 经符号链接指向记录库之外（${secret}），拒绝读写`);
      expect(r.stdout + r.stderr).not.toContain('root:x');
      const v = wuye(root, ['validate']);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(
        `units/1/1-1-0999.yaml:1:1: 错误: 这是一个符号链接（指向 ${secret}）：记录库中不允许符号链接`,
      );
      expect(v.stdout).not.toContain('root:x');
      // a report reading every unit goes past it, naming it
      const list = wuye(root, ['unit', 'list', '--building', '1']);
      expect(list.code).toBe(1);
      expect(list.stderr).toContain('units/1/1-1-0999.yaml');
      expect(list.stdout).toContain('1-1-0101');
    } finally {
      rmSync(join(root, 'units/1/1-1-0999.yaml'));
    }
  });

  it('a link inside the root is still an error for validate', () => {
    symlinkSync('1-1-0101.yaml', join(root, 'units/1/1-1-0998.yaml'));
    try {
      const v = wuye(root, ['validate', '--json']);
      expect(v.code).toBe(1);
      const problems = JSON.parse(v.stdout).problems as { file: string; code?: string; severity: string }[];
      // reported as a link (never followed: not as a second 1-1-0101 or an id that mismatches its path)
      expect(problems.map(({ file, code, severity }) => ({ file, code, severity }))).toEqual([
        { file: 'units/1/1-1-0998.yaml', code: 'symlink', severity: 'error' },
      ]);
    } finally {
      rmSync(join(root, 'units/1/1-1-0998.yaml'));
    }
  });

  it('a folder linked outside: a write through it is refused and lands nowhere; validate names the link', () => {
    const outside = tmp();
    symlinkSync(outside, join(root, 'units/9'));
    try {
      const before = head();
      const r = wuye(root, ['unit', 'add', '9-1-0101', '--type', 'residential', '--area', '80.00', '--as', 'S001']);
      expect(r.code).toBe(1);
      expect(errLine(r)).toBe(`wuye: units/9: 经符号链接指向记录库之外（${outside}），拒绝读写`);
      expect(readdirSync(outside)).toEqual([]);
      expect(head()).toBe(before);
      expect(existsSync(join(root, '.wuye', 'pending.json'))).toBe(false);
      const v = wuye(root, ['validate']);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(`units/9:1:1: 错误: 这是一个符号链接（指向 ${outside}）`);
      // the next writer is not blocked, and writes where it should
      const p = wuye(root, ['person', 'add', '--name', '链接后', '--as', 'S001']);
      expect(p.code, p.stderr).toBe(0);
    } finally {
      rmSync(join(root, 'units/9'));
    }
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });
});

describe("wuye.yaml's paths", () => {
  const config = readFileSync(join(root, 'wuye.yaml'), 'utf8');
  const withConfig = (text: string, fn: () => void) => {
    writeFileSync(join(root, 'wuye.yaml'), text);
    try {
      fn();
    } finally {
      writeFileSync(join(root, 'wuye.yaml'), config);
    }
  };
  const line = (re: RegExp) => config.split('\n').findIndex((l) => re.test(l)) + 1;

  it('templates: outside the root (.., absolute) is a schema error, and the form is not drawn from it', () => {
    for (const bad of ['../../etc', '/etc']) {
      withConfig(config.replace(/^templates: \S+/m, `templates: ${bad}`), () => {
        const v = wuye(root, ['validate', 'wuye.yaml']);
        expect(v.code).toBe(1);
        expect(v.stdout).toContain(`wuye.yaml:${line(/^templates:/)}:12: 错误: 字段 templates 格式错误 ("${bad}")`);
        expect(v.stdout).toContain('写记录库内的路径，相对记录库');
        const out = join(tmp(), 'st.pdf');
        const f = wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', out]);
        expect(f.code).toBe(1);
        expect(existsSync(out)).toBe(false);
      });
    }
  });

  it('pdf.font outside the root is a schema error', () => {
    withConfig(config.replace(/^ {2}font: \S+/m, '  font: /usr/share/fonts/x.ttf'), () => {
      const v = wuye(root, ['validate', 'wuye.yaml']);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(
        `wuye.yaml:${line(/^ {2}font:/)}:9: 错误: 字段 pdf.font 格式错误 ("/usr/share/fonts/x.ttf")`,
      );
    });
  });

  it('a templates folder that is a link outside the root is refused when a form is drawn', () => {
    const away = tmp();
    cpSync(join(root, 'templates'), away, { recursive: true });
    mkdirSync(join(away, 'forms', 'fee'), { recursive: true });
    symlinkSync(away, join(root, 'tlink'));
    try {
      withConfig(config.replace(/^templates: \S+/m, 'templates: tlink'), () => {
        const out = join(tmp(), 'st.pdf');
        const f = wuye(root, ['form', 'fee-statement', '1-1-0101', '--out', out]);
        expect(f.code).toBe(1);
        expect(errLine(f)).toBe(
          `wuye: wuye.yaml: templates 指向记录库之外（${join(away, 'forms/fee/statement.yaml')}），拒绝读取`,
        );
        expect(existsSync(out)).toBe(false);
      });
    } finally {
      rmSync(join(root, 'tlink'));
    }
  });
});
