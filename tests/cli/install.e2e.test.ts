// The README's way to one's own estate (issue 11 items 4, 16): `npm link` puts the clone's bin/wuye.js on the PATH
// (a symlink, as npm makes it), the package carries what that bin needs, wuye finds the records root from the folder
// it is run in; `unit import --help` lists the columns; WUYE_LANG chooses the language.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PROJECT, tmp, wuye } from '../helpers/cli.js';

describe('wuye on the PATH from the clone', () => {
  it('the package holds the bin and everything it loads (npm link / npm install -g .)', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
    for (const f of ['bin/wuye.js', 'dist/cli/main.js', 'schemas/unit.schema.json', 'records/wuye.yaml'])
      expect(files.has(f), f).toBe(true);
    expect([...files].some((f) => f.startsWith('templates/forms/'))).toBe(true);
    expect([...files].some((f) => f.startsWith('tests/') || f.startsWith('src/'))).toBe(false);
  });

  it('a linked wuye runs from an estate of ones own, finding its root from the current folder', () => {
    const home = tmp('wuye-home-');
    const bin = join(home, 'bin');
    mkdirSync(bin);
    symlinkSync(BIN, join(bin, 'wuye'));
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, WUYE_LANG: 'zh' } as Record<string, string>;
    const run = (cwd: string, args: string[]) => spawnSync('wuye', args, { cwd, env, encoding: 'utf8' });
    const init = run(home, ['init', join(home, 'estate'), '--demo', '--operator', 'S003']);
    expect(init.status, init.stderr).toBe(0);
    const deep = join(home, 'estate', 'units');
    const list = run(deep, ['unit', 'list', '--building', '1', '--json']);
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBeGreaterThan(0);
    const op = run(join(home, 'estate'), ['config', 'operator']);
    expect(op.stdout).toContain('S003');
  });
});

describe('help that says what it reads, in the language asked for', () => {
  it('unit import --help lists the columns and their header names', () => {
    const zh = wuye(PROJECT, ['unit', 'import', '--help'], { WUYE_LANG: 'zh' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('读取的列');
    expect(zh.stdout).toMatch(/房号.*1-2-0801|1-2-0801/s);
    expect(zh.stdout).toContain('序号');
    const en = wuye(PROJECT, ['unit', 'import', '--help'], { WUYE_LANG: 'en' });
    expect(en.stdout).toContain('Columns it reads');
    expect(wuye(PROJECT, ['unit', 'list', '--help'], { WUYE_LANG: 'en' }).stdout).not.toContain('读取的列');
  });

  it('WUYE_LANG wins over LANG; --lang over both', () => {
    const h = (env: Record<string, string>, extra: string[] = []) =>
      wuye(PROJECT, [...extra, 'unit', '--help'], env).stdout;
    expect(h({ WUYE_LANG: 'en', LANG: 'zh_CN.UTF-8' })).toMatch(/Usage/);
    expect(h({ WUYE_LANG: 'zh', LANG: 'en_US.UTF-8' })).toContain('用法');
    expect(h({ WUYE_LANG: 'zh' }, ['--lang', 'en'])).toMatch(/Usage/);
  });
});
