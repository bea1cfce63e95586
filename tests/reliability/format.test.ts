// quality.md "Reliability" / records.md "Schemas": records written by a newer
// version (wuye.yaml `format: 2`) are refused with a clear message (exit 4) and
// nothing is written; the format is never changed silently.
import { describe, expect, it } from 'vitest';
import { errLine, exists, git, newRoot, read, write, wuye } from '../helpers/cli.js';

describe('a newer records format', () => {
  it('is refused with exit 4, naming both versions; nothing written', () => {
    const root = newRoot();
    write(root, 'wuye.yaml', read(root, 'wuye.yaml').replace(/format: 1/, 'format: 2'));
    git(root, ['commit', '-qam', 'from the future']);
    const head = git(root, ['rev-parse', 'HEAD']);
    const r = wuye(root, ['person', 'add', '--name', '张三']);
    expect(r.code).toBe(4);
    expect(errLine(r)).toContain('格式为 2');
    expect(errLine(r)).toContain('只支持 1');
    expect(r.stderr).toContain('升级');
    expect(r.stderr).not.toMatch(/at .*\.js/); // no stack trace
    expect(exists(root, 'people/P000001.yaml')).toBe(false);
    expect(git(root, ['rev-parse', 'HEAD'])).toBe(head);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(read(root, 'wuye.yaml')).toContain('format: 2');
    const en = wuye(root, ['person', 'add', '--name', '张三', '--lang', 'en']);
    expect(en.code).toBe(4);
    expect(errLine(en)).toContain('format 2');
    // validate refuses too (exit 4), rather than reporting every record of a format it does not know
    const v = wuye(root, ['validate']);
    expect(v.code).toBe(4);
    expect(errLine(v)).toContain('格式为 2');
  });
});
