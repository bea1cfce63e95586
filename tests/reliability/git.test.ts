// quality.md "Reliability" / records.md "Git": a command commits exactly the
// files it wrote — never a user's unrelated uncommitted edits (modified, staged,
// untracked); a file with hand edits is not overwritten without --force (exit 4,
// nothing written); --no-commit writes and stages, and the next command still works.
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, write, wuye } from '../helpers/cli.js';

function setup(): string {
  const root = newRoot();
  expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
  expect(wuye(root, ['person', 'add', '--name', '李四']).code).toBe(0);
  expect(wuye(root, ['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '89.37']).code).toBe(0);
  return root;
}

const status = (root: string) =>
  git(root, ['status', '--porcelain', '--untracked-files=all']).split('\n').filter(Boolean).sort();

describe("a user's own uncommitted edits", () => {
  it('are never committed by a command, and stay as they were', () => {
    const root = setup();
    write(root, 'people/P000001.yaml', read(root, 'people/P000001.yaml') + 'notes: 手工（未暂存）\n');
    write(root, 'people/P000002.yaml', read(root, 'people/P000002.yaml') + 'notes: 手工（已暂存）\n');
    git(root, ['add', 'people/P000002.yaml']);
    write(root, 'units/9/9-1-0101.yaml', 'kind: unit\nid: 9-1-0101\n');
    write(root, '笔记.txt', '草稿\n');
    const before = status(root);
    const r = wuye(root, ['unit', 'update', '1-2-0801', '--notes', '南向']);
    expect(r.code, r.stderr).toBe(0);
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('units/1/1-2-0801.yaml');
    expect(status(root)).toEqual(before);
    expect(git(root, ['diff', '--cached', '--name-only']).trim()).toBe('people/P000002.yaml'); // still staged, not committed
    expect(read(root, 'people/P000001.yaml')).toContain('手工（未暂存）');
    // A command that creates a file, too.
    expect(wuye(root, ['person', 'add', '--name', '王五']).code).toBe(0);
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('people/P000003.yaml');
    expect(status(root)).toEqual(before);
  });
});

describe('a file with hand edits', () => {
  it('is not overwritten: exit 4 naming the file, nothing written; --force overwrites', () => {
    const root = setup();
    const hand = read(root, 'units/1/1-2-0801.yaml').replace('area: "89.37"', 'area: "90.00" # 手工更正');
    write(root, 'units/1/1-2-0801.yaml', hand);
    const head = git(root, ['rev-parse', 'HEAD']);
    const r = wuye(root, ['unit', 'update', '1-2-0801', '--notes', '南向']);
    expect(r.code).toBe(4);
    expect(errLine(r)).toContain('units/1/1-2-0801.yaml');
    expect(errLine(r)).toContain('手工修改');
    expect(r.stderr).toContain('--force');
    expect(read(root, 'units/1/1-2-0801.yaml')).toBe(hand);
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
    const f = wuye(root, ['unit', 'update', '1-2-0801', '--notes', '南向', '--force']);
    expect(f.code, f.stderr).toBe(0);
    const after = read(root, 'units/1/1-2-0801.yaml');
    expect(after).toContain('area: "90.00" # 手工更正'); // --force edits the file as it is, comments kept
    expect(after).toContain('notes: 南向');
    expect(status(root)).toEqual([]);
  });

  it("a hand edit that is staged (git add) is a hand edit too: it is not committed under wuye's name", () => {
    const root = setup();
    const hand = read(root, 'units/1/1-2-0801.yaml') + 'notes: 手工并已暂存\n';
    write(root, 'units/1/1-2-0801.yaml', hand);
    git(root, ['add', 'units/1/1-2-0801.yaml']);
    const r = wuye(root, ['unit', 'update', '1-2-0801', '--state', 'handed-over']);
    expect(r.code).toBe(4);
    expect(read(root, 'units/1/1-2-0801.yaml')).toBe(hand);
    expect(git(root, ['log', '-1', '--format=%s']).trim()).toBe('unit: add 1-2-0801');
  });

  it('an untracked file where a command would create one is a hand edit too', () => {
    const root = setup();
    write(root, 'units/1/1-2-0802.yaml', 'kind: unit\nid: 1-2-0802\ntype: residential\narea: "50.00"\n');
    const r = wuye(root, ['unit', 'add', '1-2-0802', '--type', 'residential', '--area', '89.37']);
    expect([1, 4]).toContain(r.code); // refused: it exists (1) or has hand edits (4)
    expect(read(root, 'units/1/1-2-0802.yaml')).toContain('area: "50.00"');
  });
});

describe('--no-commit', () => {
  it('writes and stages without committing; a following command on the same file works and commits both', () => {
    const root = setup();
    const head = git(root, ['rev-parse', 'HEAD']);
    const r = wuye(root, ['unit', 'update', '1-2-0801', '--notes', '南向', '--no-commit']);
    expect(r.code, r.stderr).toBe(0);
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
    expect(status(root)).toEqual(['M  units/1/1-2-0801.yaml']); // staged, work tree = index
    expect(read(root, 'units/1/1-2-0801.yaml')).toContain('notes: 南向');
    const r2 = wuye(root, ['unit', 'update', '1-2-0801', '--state', 'handed-over']);
    expect(r2.code, r2.stderr).toBe(0);
    expect(status(root)).toEqual([]);
    const committed = git(root, ['show', 'HEAD:units/1/1-2-0801.yaml']);
    expect(committed).toContain('notes: 南向');
    expect(committed).toContain('state: handed-over');
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('units/1/1-2-0801.yaml');
  });

  it('a hand edit after a --no-commit write is still caught', () => {
    const root = setup();
    expect(wuye(root, ['unit', 'update', '1-2-0801', '--notes', '南向', '--no-commit']).code).toBe(0);
    write(root, 'units/1/1-2-0801.yaml', read(root, 'units/1/1-2-0801.yaml') + '# 手工\n');
    expect(wuye(root, ['unit', 'update', '1-2-0801', '--state', 'handed-over']).code).toBe(4);
  });
});

describe('a records root in a folder of a larger repository', () => {
  it('hand-edit checks, --no-commit and recovery work with paths relative to the root', async () => {
    const { mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmp } = await import('../helpers/cli.js');
    const top = tmp();
    git(top, ['init', '-q']);
    const root = join(top, 'records');
    mkdirSync(root);
    expect(wuye(top, ['init', root]).code).toBe(0);
    expect(wuye(root, ['person', 'add', '--name', '甲']).code).toBe(0);
    expect(wuye(root, ['person', 'update', 'P000001', '--notes', 'a', '--no-commit']).code).toBe(0);
    const r = wuye(root, ['person', 'update', 'P000001', '--notes', 'b']);
    expect(r.code, r.stderr).toBe(0);
    write(root, 'people/P000001.yaml', read(root, 'people/P000001.yaml') + '# 手工\n');
    const h = wuye(root, ['person', 'update', 'P000001', '--notes', 'c']);
    expect(h.code).toBe(4);
    expect(errLine(h)).toContain(' people/P000001.yaml');
    git(root, ['checkout', '-q', 'HEAD', '--', 'people/P000001.yaml']);
    expect(wuye(root, ['person', 'add', '--name', '乙'], { WUYE_CRASH_AT: 'ready' }).code).not.toBe(0);
    const next = wuye(root, ['person', 'add', '--name', '丙']);
    expect(next.code, next.stderr).toBe(0);
    expect(git(top, ['status', '--porcelain'])).toBe('');
    expect(git(top, ['log', '--format=%s', '-2']).trim().split('\n')).toEqual([
      'person: add P000003',
      'person: add P000002 (recovered)',
    ]);
  });
});
