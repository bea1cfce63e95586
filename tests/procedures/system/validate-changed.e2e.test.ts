// wuye validate --changed and wuye hooks install through the real CLI: only what
// git says changed (staged, unstaged, untracked) is checked, plus the records that
// still name a deleted record; the pre-commit hook blocks a commit with errors.
import { chmodSync, existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, newRoot, read, write, wuye } from '../../helpers/cli.js';

/** A records root with two units and two people, one broken file committed by mistake (history is not validated by --changed). */
function estate(): string {
  const root = newRoot();
  for (const u of ['1-1-0101', '1-1-0102'])
    expect(wuye(root, ['unit', 'add', u, '--type', 'residential', '--area', '89.37']).code).toBe(0);
  expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
  expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
  expect(wuye(root, ['unit', 'update', '1-1-0101', '--add-owner', 'P000001', '--state', 'handed-over']).code).toBe(0);
  // An old broken file already in HEAD (committed with --no-verify before the hook existed).
  write(
    root,
    'units/1/1-1-0102.yaml',
    read(root, 'units/1/1-1-0102.yaml').replace('type: residential', 'type: castle'),
  );
  git(root, ['commit', '-qam', 'old mistake', '--no-verify']);
  return root;
}

describe('wuye validate --changed', () => {
  let root: string;
  beforeAll(() => {
    root = estate();
  });

  it('a clean work tree: nothing to check, exit 0, while the full run finds the old mistake', () => {
    const r = wuye(root, ['validate', '--changed']);
    expect(r.stdout.trim()).toBe('0 个错误，0 个警告，0 个文件');
    expect(r.code).toBe(0);
    const all = wuye(root, ['validate']);
    expect(all.code).toBe(1);
    const line =
      read(root, 'units/1/1-1-0102.yaml')
        .split('\n')
        .findIndex((l) => l === 'type: castle') + 1;
    expect(all.stdout).toContain(`units/1/1-1-0102.yaml:${line}:7: 错误: 字段 type 的值 ("castle")不在允许的取值中`);
  });

  it('finds a hand-broken file (unstaged, then staged) and ignores the untouched broken one', () => {
    const before = read(root, 'people/P000002.yaml');
    write(root, 'people/P000002.yaml', `${before}gender: x\n`);
    const r = wuye(root, ['validate', '--changed']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `people/P000002.yaml:${before.split('\n').length}:9: 错误: 字段 gender 的值 ("x")不在允许的取值中`,
    );
    expect(r.stdout).not.toContain('1-1-0102');
    expect(r.stdout).toContain('1 个错误，0 个警告，1 个文件');
    git(root, ['add', 'people/P000002.yaml']);
    expect(wuye(root, ['validate', '--changed']).stdout).toContain('people/P000002.yaml:');
    git(root, ['reset', '-q', 'people/P000002.yaml']);
    write(root, 'people/P000002.yaml', before);
    expect(wuye(root, ['validate', '--changed']).code).toBe(0);
  });

  it('checks a new untracked record, including its references', () => {
    write(root, 'people/P000003.yaml', 'kind: person\nid: P000003\nname: 王五\n');
    const u = read(root, 'units/1/1-1-0101.yaml')
      .replace(/1-1-0101/g, '1-1-0201')
      .replace('room: "0101"', 'room: "0201"')
      .replace('person: P000001', 'person: P000009');
    write(root, 'units/1/1-1-0201.yaml', u);
    const r = wuye(root, ['validate', '--changed']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/units\/1\/1-1-0201\.yaml:\d+:\d+: 错误: owners\[0\]\.person 引用的人员 P000009 不存在/);
    expect(r.stdout).toContain('1 个错误，0 个警告，2 个文件');
    unlinkSync(join(root, 'people/P000003.yaml'));
    unlinkSync(join(root, 'units/1/1-1-0201.yaml'));
  });

  it('a deleted person: the units that still name them are checked, other units are not read', () => {
    git(root, ['rm', '-q', 'people/P000001.yaml']);
    const r = wuye(root, ['validate', '--changed', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: number; problems: { file: string; code: string }[] };
    expect(doc.problems.map((p) => [p.file, p.code])).toEqual([['units/1/1-1-0101.yaml', 'dangling-ref']]);
    expect(doc.files).toBe(1); // 1-1-0102 (broken, but not naming P000001) was not checked
    git(root, ['reset', '-q', 'HEAD', '--', 'people/P000001.yaml']);
    git(root, ['checkout', '--', 'people/P000001.yaml']);
  });

  it('refuses paths together with --changed (exit 2)', () => {
    const r = wuye(root, ['validate', '--changed', 'units']);
    expect(r.code).toBe(2);
  });
});

describe('wuye hooks install', () => {
  let root: string;
  beforeAll(() => {
    root = estate();
  });
  const hook = () => join(root, '.git', 'hooks', 'pre-commit');
  const commit = (msg: string) =>
    spawnSync('git', ['commit', '-qm', msg], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WUYE_LANG: 'zh', LANG: 'C' },
    });

  it('writes an executable pre-commit hook running this wuye validate --changed; idempotent', () => {
    const r = wuye(root, ['hooks', 'install']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已安装 pre-commit 钩子');
    const text = readFileSync(hook(), 'utf8');
    expect(text).toMatch(/^#!\/bin\/sh\n/);
    expect(text).toMatch(/exec node '.*\/bin\/wuye\.js' --records '\.' validate --changed --quiet\n/);
    expect(statSync(hook()).mode & 0o111).toBe(0o111);
    const again = wuye(root, ['hooks', 'install']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已是最新');
    expect(readFileSync(hook(), 'utf8')).toBe(text);
  });

  it('blocks a commit of a broken record, lets a good one through', () => {
    const head = git(root, ['rev-parse', 'HEAD']);
    const before = read(root, 'people/P000002.yaml');
    write(root, 'people/P000002.yaml', `${before}phones: ["1380013800"]\n`);
    git(root, ['add', 'people/P000002.yaml']);
    const bad = commit('hand edit');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('people/P000002.yaml:');
    expect(bad.stdout + bad.stderr).toContain('手机号无效');
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
    write(root, 'people/P000002.yaml', `${before}phones: ["13800138000"]\n`);
    git(root, ['add', 'people/P000002.yaml']);
    const good = commit('hand edit, fixed');
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(git(root, ['rev-parse', 'HEAD'])).not.toBe(head);
  });

  it("wuye's own writing commands are not slowed or blocked by the hook", () => {
    expect(wuye(root, ['person', 'add', '--name', '赵六']).code).toBe(0);
    expect(git(root, ['log', '-1', '--format=%s'])).toContain('person: add P000003');
  });

  it('refuses to replace a different hook (exit 4) unless --force, which keeps a backup', () => {
    writeFileSync(hook(), '#!/bin/sh\necho mine\n');
    chmodSync(hook(), 0o755);
    const r = wuye(root, ['hooks', 'install']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('已有另一个 pre-commit 钩子');
    expect(readFileSync(hook(), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    const f = wuye(root, ['hooks', 'install', '--force']);
    expect(f.code).toBe(0);
    expect(readFileSync(`${hook()}.wuye-backup`, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(readFileSync(hook(), 'utf8')).toContain('validate --changed');
    expect(existsSync(hook())).toBe(true);
  });
});
