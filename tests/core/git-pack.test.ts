// A large commit (an import of 5,000 units, a billing run) stages its files through one pack — git fast-import
// and one update-index — not one loose object per file through `git add` (issue 12 item 21: `unit import` of
// 5,000 rows within 2× of reading the workbook). The commit is the same: same tree, deletions, a subfolder root.
// e.g. npx vitest run tests/core/git-pack.test.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitPaths } from '../../src/core/git.js';
import { git, tmp } from '../helpers/cli.js';

const author = { name: 'T', email: 't@example.org' };
const commit = (root: string, paths: string[]) =>
  commitPaths(root, { paths, message: 'test', author, trailers: { 'Wuye-Command': 'test' }, commit: true });
const looseObjects = (root: string) => Number(/^count: (\d+)/m.exec(git(root, ['count-objects', '-v']))![1]);

function repo(sub = ''): { top: string; root: string } {
  const top = tmp('wuye-pack-');
  git(top, ['init', '-q', '-b', 'main']);
  const root = join(top, sub);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'wuye.yaml'), 'center: {}\n');
  git(top, ['add', '-A']);
  git(top, ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'init']);
  return { top, root };
}

function files(root: string, n: number, text = (i: number) => `id: U${i}\nname: 单元 ${i}\n`): string[] {
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const rel = `units/${i % 7}/U${String(i).padStart(4, '0')}.yaml`;
    mkdirSync(join(root, `units/${i % 7}`), { recursive: true });
    writeFileSync(join(root, rel), text(i));
    paths.push(rel);
  }
  return paths;
}

describe('a large commit goes through one pack', () => {
  it('600 new files: the tree git add would make, no loose blob, nothing left staged or unstaged', () => {
    const { root } = repo();
    const paths = files(root, 600);
    commit(root, paths);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(looseObjects(root)).toBeLessThan(20); // commits and trees, not 600 blobs
    expect(git(root, ['ls-files', 'units']).trim().split('\n')).toHaveLength(600);
    // the same tree as `git add` in a repository of the same files
    const other = repo();
    files(other.root, 600);
    git(other.root, ['add', '-A']);
    expect(git(root, ['rev-parse', 'HEAD^{tree}'])).toBe(git(other.root, ['write-tree']));
  });

  it('changes and deletions in one commit, with the records root in a subfolder of the repository', () => {
    const { top, root } = repo('records');
    const paths = files(root, 600);
    commit(root, paths);
    files(root, 599, (i) => `id: U${i}\nname: 改 ${i}\n`);
    rmSync(join(root, paths[599]));
    commit(root, paths);
    expect(git(top, ['status', '--porcelain'])).toBe('');
    const listed = git(top, ['ls-files', 'records/units']).trim().split('\n');
    expect(listed).toHaveLength(599);
    expect(listed).not.toContain(`records/${paths[599]}`);
    expect(git(top, ['show', `HEAD:records/${paths[3]}`])).toBe('id: U3\nname: 改 3\n');
    expect(git(top, ['diff', '--stat', 'HEAD~1', 'HEAD']).trim().split('\n').pop()).toMatch(
      /600 files changed, 599 insertions\(\+\), 601 deletions\(-\)/,
    );
  });

  it('with the merge driver of wuye in .gitattributes still one pack; an attribute that converts content uses git add', () => {
    const { root } = repo();
    writeFileSync(join(root, '.gitattributes'), '*.yaml merge=wuye\n');
    commit(root, ['.gitattributes', ...files(root, 600)]);
    expect(looseObjects(root)).toBeLessThan(20);
    expect(git(root, ['status', '--porcelain'])).toBe('');

    const crlf = repo();
    writeFileSync(join(crlf.root, '.gitattributes'), 'units/3/*.yaml text eol=crlf\n');
    commit(crlf.root, ['.gitattributes', ...files(crlf.root, 600, (i) => `id: U${i}\r\nname: 单元 ${i}\r\n`)]);
    expect(looseObjects(crlf.root)).toBeGreaterThan(500); // git add converted units/3's line ends
    expect(git(crlf.root, ['show', 'HEAD:units/3/U0003.yaml'])).toBe('id: U3\nname: 单元 3\n');
    expect(git(crlf.root, ['status', '--porcelain'])).toBe('');
  });
});
