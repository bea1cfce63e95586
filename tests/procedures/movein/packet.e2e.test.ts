// The move-in packet batch through the real CLI on the demo estate's building 3:
// one PDF per unit holding the unit's own data (text extracted with pdfjs-dist, tests/helpers/pdf.ts),
// a merged file with every unit, idempotence (a second run writes nothing new)
// and an interrupted run that finishes on re-run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfPages, pdfText } from '../../helpers/pdf.js';

const text = pdfText;
const pages = pdfPages;

describe('movein packet on the demo estate', () => {
  const root = newRoot({ demo: true });
  const out = join(tmp(), 'packets');
  const units = readdirSync(join(root, 'movein'))
    .map((f) => f.slice(0, -5))
    .filter((id) => id.startsWith('3-'))
    .sort();

  it("writes one PDF per unit of the building, each with that unit's data", () => {
    const r = wuye(root, ['movein', 'packet', '--building', '3', '--out', out]);
    expect(r.code).toBe(0);
    expect(units.length).toBe(32);
    expect(readdirSync(out).sort()).toEqual(units.map((u) => `${u}-packet.pdf`));
    expect(r.stderr).toContain('32 户');
    expect(r.stderr).toContain('新写入 32 个文件，未变 0 个');
    // a completed unit with its fees recorded: the notice, fee lines, inspection, keys, agreements
    const id = units.find((u) => /state: completed/.test(read(root, `movein/${u}.yaml`)))!;
    const c = read(root, `movein/${id}.yaml`);
    const u = read(root, `units/3/${id}.yaml`);
    const owner = /owner: (P\d+)/.exec(c)![1];
    const name = /^name: (.+)$/m.exec(read(root, `people/${owner}.yaml`))![1];
    const area = /^area: "([\d.]+)"/m.exec(u)![1];
    const slot = /slot:\n  date: (\d{4})-(\d\d)-(\d\d)\n  time: "?([\d:]+)"?/.exec(c)!;
    const all = text(join(out, `${id}-packet.pdf`));
    for (const s of [
      '入伙通知书',
      '收楼手续步骤表',
      '业主/住户情况登记表',
      '房屋验收交接表',
      '钥匙领用登记表',
      '装修申请表',
      '业主/住户安全责任书',
      '业主临时管理规约',
      '前期物业服务协议',
      '居民精神文明建设公约',
    ])
      expect(all).toContain(s);
    expect(all).toContain(`尊敬的 ${name} 业主`);
    expect(all).toContain(`${id} 号房屋`);
    expect(all).toContain(`${area} m²`);
    expect(all).toContain(`${Number(slot[1])}年${Number(slot[2])}月${Number(slot[3])}日 ${slot[4]}`);
    expect(all).toContain('煤气开户费');
    expect(all).toContain('¥1,800.00');
    expect(all).toContain('物业服务费自入伙通知书注明之日，即 2026年11月16日 起计收');
    expect(all).toMatch(/标准为每月每平方米 2\.10 元/);
    // the packet is the owner's own document: printed in full for the estate's operator (a role that may see
    // personal data), and that printing recorded — one entry naming every unit of the run
    const nid = /national_id: "?(\d{17}[\dX])"?/.exec(read(root, `people/${owner}.yaml`))?.[1];
    if (nid) expect(all).toContain(nid);
    const reveals = JSON.parse(wuye(root, ['audit', 'reveals', '--json']).stdout) as {
      reason: string;
      records: { id: string }[];
    }[];
    expect(reveals.at(-1)!.reason).toBe('业主本人文件打印：入伙资料包');
    expect(reveals.at(-1)!.records.map((x) => x.id)).toEqual(units);
    // another unit's packet names its own unit, not this one
    const other = text(join(out, `${units[units.length - 1]}-packet.pdf`));
    expect(other).toContain(`${units[units.length - 1]} 号房屋`);
    expect(other).not.toContain(`${id} 号房屋`);
  });

  it('is idempotent: a second run writes nothing new', () => {
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const r = wuye(root, ['movein', 'packet', '--building', '3', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('新写入 0 个文件，未变 32 个');
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs]))).toEqual(before);
  });

  it('an interrupted run finishes on re-run, writing only what is missing', async () => {
    const dir = join(tmp(), 'killed');
    const child = spawn(process.execPath, [BIN, 'movein', 'packet', '--building', '3', '--out', dir], {
      cwd: root,
      env: { ...process.env, CI: 'true', WUYE_NOW: '2026-11-28T09:30:00+08:00' },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.on('exit', r));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.pdf'))) {
          child.kill('SIGKILL');
          clearInterval(poll);
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        resolve();
      });
    });
    await exited;
    const done = readdirSync(dir).filter((f) => f.endsWith('.pdf')).length;
    // also lose two finished files, as if the killed run never got to them
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .slice(0, 2))
      unlinkSync(join(dir, f));
    const r = wuye(root, ['movein', 'packet', '--building', '3', '--out', dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBe(32);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.pdf'))).toEqual([]); // no temp files left behind
    const written = Number(/新写入 (\d+) 个文件/.exec(r.stderr)![1]);
    expect(written).toBe(32 - Math.max(0, done - 2));
    for (const f of files) expect(pages(join(dir, f))).toBeGreaterThan(10);
  });

  it('--merge writes one file, each unit starting on a new page', () => {
    const r = wuye(root, ['movein', 'packet', '--building', '3', '--merge', '--out', out]);
    expect(r.code).toBe(0);
    const merged = join(out, 'building-3-packets.pdf');
    const sum = units.reduce((a, u) => a + pages(join(out, `${u}-packet.pdf`)), 0);
    expect(pages(merged)).toBe(sum);
    const t = text(merged);
    for (const u of units) expect(t).toContain(`${u} 号房屋`);
    expect(wuye(root, ['movein', 'packet', '--building', '3', '--merge', '--out', out]).stderr).toContain(
      '新写入 0 个文件',
    );
  });

  it('refuses an ambiguous or empty selection and a folder it cannot write', () => {
    expect(wuye(root, ['movein', 'packet', '--out', out]).code).toBe(2);
    expect(wuye(root, ['movein', 'packet', '3-1-0101', '--building', '3', '--out', out]).code).toBe(2);
    expect(wuye(root, ['movein', 'packet', '--building', '9', '--out', out]).code).toBe(3);
    const file = join(tmp(), 'a-file');
    writeFileSync(file, 'x');
    const r = wuye(root, ['movein', 'packet', '3-1-0101', '--out', join(file, 'sub')]);
    expect(r.code).toBe(2);
    rmSync(file);
  });
});
