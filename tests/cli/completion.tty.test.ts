// Completion in the shells themselves (issue 11 item 15): `wuye completion bash|zsh|fish` loaded into a real
// bash, zsh and fish in a terminal, a line typed and Tab pressed — option values (--method), ids (units, cases)
// and commands come back. The protocol under them (`wuye __complete`) is tested through the CLI as well.
// e.g. wuye fee pay 1-1-0301 --method <Tab> → cash card wechat alipay transfer
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, newRoot, tmp, wuye } from '../helpers/cli.js';
import { tty } from '../helpers/tty.js';

let root: string;
let env: Record<string, string>;
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

beforeAll(() => {
  root = newRoot({ demo: true });
  const bin = tmp();
  writeFileSync(join(bin, 'wuye'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(bin, 'wuye'), 0o755);
  const home = tmp();
  env = { PATH: `${bin}:${process.env.PATH}`, HOME: home, ZDOTDIR: home, XDG_CONFIG_HOME: home };
});

describe('wuye __complete (what the scripts ask)', () => {
  const ask = (...w: string[]) =>
    wuye(root, ['__complete', ...w])
      .stdout.trim()
      .split('\n');
  it('option values from the choices, with their labels', () => {
    expect(ask('', 'fee', 'pay', '1-1-0301', '--method')).toEqual([
      'cash\t现金',
      'card\t银行卡',
      'wechat\t微信支付',
      'alipay\t支付宝',
      'transfer\t银行转账',
    ]);
  });
  it('ids from the records: units, move-in and renovation cases, staff, buildings', () => {
    expect(ask('1-1-030', 'fee', 'pay')).toContain('1-1-0301');
    expect(ask('ZX', 'renovation', 'show')).toContain('ZX2026-0002');
    expect(ask('', 'movein', 'show')).toContain('3-1-0602');
    expect(ask('', 'movein', 'show')).not.toContain('1-1-0301'); // units without a move-in case
    expect(ask('S00', '--as')).toContain('S005');
    expect(ask('', 'unit', 'list', '--building')).toContain('3');
    expect(ask('', 'unit', 'add', '--type')).toContain('residential\t住宅');
  });
  it('commands, options, paths', () => {
    expect(ask('reno')).toEqual(['renovation\t物业装修管理（四.3）']);
    expect(ask('--me', 'fee', 'pay')).toEqual(['--method\t方式']);
    expect(ask('', 'fee', 'pay', '--out')).toEqual([':dir']);
    expect(ask('', 'unit', 'import')).toEqual([':file']);
  });
});

async function completeIn(command: string, load: string, line: string, want: RegExp): Promise<string> {
  const t = tty(root, [], { command, env });
  await t.waitFor(/\S/); // the shell is up
  t.type(`${load}; echo LOADED\r`);
  await t.waitFor(/^LOADED/m);
  t.type(line + '\t\t');
  await t.waitFor(want);
  const shown = t.screen().slice(t.screen().search(/^LOADED/m));
  await t.close();
  if (process.env.SHOW_TTY) console.log(shown);
  return shown;
}

describe('in the shells, Tab after a line', () => {
  it('bash: option values and unit ids', async () => {
    const s = await completeIn(
      'bash --norc --noprofile',
      'source <(wuye completion bash)',
      'wuye fee pay 1-1-0301 --method ',
      /wechat/,
    );
    expect(s).toMatch(/alipay\s+card\s+cash\s+transfer\s+wechat/);
    const u = await completeIn(
      'bash --norc --noprofile',
      'source <(wuye completion bash)',
      'wuye renovation show ZX2026-000',
      // the screen is read only once the whole list is there (bash fills it row by row: 0001 0003 … then 0002 …)
      /^(?=[\s\S]*ZX2026-0008)(?=[\s\S]*ZX2026-0009)/,
    );
    expect(u).toContain('ZX2026-0001');
    expect(u).toContain('ZX2026-0002');
  });

  it.skipIf(!has('zsh'))('zsh: option values with their labels', async () => {
    const s = await completeIn(
      'zsh -f',
      'source <(wuye completion zsh)',
      'wuye fee pay 1-1-0301 --method ',
      /微信支付/,
    );
    expect(s).toMatch(/cash/);
  });

  it.skipIf(!has('fish'))('fish: option values with their labels', async () => {
    const s = await completeIn(
      'fish --no-config',
      'wuye completion fish | source',
      'wuye fee pay 1-1-0301 --method ',
      /微信支付/,
    );
    expect(s).toMatch(/cash/);
  });
});
