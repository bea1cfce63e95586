// Expense claims through the real CLI on the demo estate (manual 四.8): a ¥500.00 claim signed by the manager
// alone and paid; a ¥5,000.01 claim through manager, director and the company's finance; and the refusals —
// a duplicate invoice naming the first claim, an old invoice, an approval by the wrong role or out of order,
// a claimant approving their own claim, paying an unapproved claim — each exit 1 with nothing written.
// Then the list for each role, the forms (PDF text) and the month's workbook read back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

describe('expense claims end to end', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  const run = (args: string[]) => wuye(root, args);
  const ok = (args: string[]) => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const head = () => git(root, ['rev-parse', 'HEAD']).trim();
  /** A refused command: exit 1, one line, no commit and no file touched. */
  const refused = (args: string[], text: RegExp) => {
    const before = head();
    const r = run(args);
    expect(r.code, r.stderr).toBe(1);
    expect(errLine(r)).toMatch(text);
    expect(head()).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  };
  const claim = (id: string) =>
    jsyaml.load(readFileSync(join(root, `expense/2026/${id}.yaml`), 'utf8')) as Record<string, any>;
  const line = (no: string, amount: string, date = '2026-11-20') =>
    `vat-ordinary:043002601234:${no}:长沙文具店:${date}:${amount}:办公用品`;

  it('¥500.00: the department manager alone, then the cashier pays', () => {
    ok([
      'expense',
      'new',
      '--category',
      'office',
      '--line',
      line('30000001', '500.00'),
      '--purpose',
      '打印纸',
      '--as',
      'S003',
    ]);
    expect(claim('BZ2026-0013')).toMatchObject({ amount: '500.00', chain: ['manager'], state: 'pending-manager' });
    refused(['expense', 'pay', 'BZ2026-0013', '--as', 'S005'], /待部门经理审批|付款/);
    refused(['expense', 'approve', 'BZ2026-0013', '--as', 'S001'], /用户服务部经理/);
    ok(['expense', 'approve', 'BZ2026-0013', '--as', 'S002']);
    expect(claim('BZ2026-0013').state).toBe('approved');
    refused(['expense', 'pay', 'BZ2026-0013', '--as', 'S003'], /内勤助理|收费/);
    ok(['expense', 'pay', 'BZ2026-0013', '--method', 'cash', '--as', 'S005']);
    expect(claim('BZ2026-0013')).toMatchObject({ state: 'paid', paid: { method: 'cash', by: 'S005' } });
  });

  it('¥500.01 needs the director as well', () => {
    ok(['expense', 'new', '--category', 'office', '--line', line('30000002', '500.01'), '--as', 'S004']);
    expect(claim('BZ2026-0014').chain).toEqual(['manager', 'director']);
    ok(['expense', 'approve', 'BZ2026-0014', '--as', 'S002']);
    expect(claim('BZ2026-0014').state).toBe('pending-director');
    refused(['expense', 'pay', 'BZ2026-0014', '--as', 'S005'], /待主任审批/);
    ok(['expense', 'approve', 'BZ2026-0014', '--note', '同意', '--as', 'S001']);
    expect(claim('BZ2026-0014').state).toBe('approved');
  });

  it('¥5,000.01 goes through the manager, the director and the company’s finance, in that order', () => {
    ok([
      'expense',
      'new',
      '--category',
      'repair-materials',
      '--line',
      line('30000003', '3000.00'),
      '--line',
      line('30000004', '2000.01'),
      '--as',
      'S007',
    ]);
    expect(claim('BZ2026-0015')).toMatchObject({ amount: '5000.01', chain: ['manager', 'director', 'finance'] });
    refused(['expense', 'approve', 'BZ2026-0015', '--as', 'S011'], /用户服务部经理/);
    ok(['expense', 'approve', 'BZ2026-0015', '--as', 'S002']);
    refused(['expense', 'approve', 'BZ2026-0015', '--as', 'S011'], /服务中心主任/);
    ok(['expense', 'approve', 'BZ2026-0015', '--as', 'S001']);
    expect(claim('BZ2026-0015').state).toBe('pending-finance');
    expect(run(['expense', 'list', '--pending-for', 'finance', '--json']).stdout).toContain('BZ2026-0015');
    ok(['expense', 'approve', 'BZ2026-0015', '--as', 'S011']);
    expect(claim('BZ2026-0015').approvals.map((a: { level: string; by: string }) => `${a.level}:${a.by}`)).toEqual([
      'manager:S002',
      'director:S001',
      'finance:S011',
    ]);
    ok(['expense', 'pay', 'BZ2026-0015', '--method', 'transfer', '--voucher', '记-1126', '--as', 'S005']);
  });

  it('¥5,000.00 stops at the director', () => {
    ok(['expense', 'new', '--category', 'training', '--line', line('30000005', '5000.00'), '--as', 'S003']);
    expect(claim('BZ2026-0016').chain).toEqual(['manager', 'director']);
  });

  it('refuses a duplicate invoice naming the first claim, an old invoice, hospitality without guests', () => {
    // BZ2026-0004 of the demo claimed invoice 043002600444 40017762
    refused(
      [
        'expense',
        'new',
        '--category',
        'cleaning',
        '--line',
        'vat-ordinary:043002600444:40017762:长沙洁美清洁用品批发部:2026-09-22:356.80',
        '--as',
        'S006',
      ],
      /BZ2026-0004/,
    );
    refused(
      ['expense', 'new', '--category', 'office', '--line', line('30000001', '12.00'), '--as', 'S004'],
      /BZ2026-0013/,
    );
    refused(
      ['expense', 'new', '--category', 'office', '--line', line('30000009', '12.00', '2026-05-31'), '--as', 'S004'],
      /180 天/,
    );
    refused(
      [
        'expense',
        'new',
        '--category',
        'hospitality',
        '--purpose',
        '接待',
        '--line',
        line('30000010', '300.00'),
        '--as',
        'S004',
      ],
      /招待对象/,
    );
    expect(run(['expense', 'new', '--category', 'office', '--line', 'vat-ordinary:1:2', '--as', 'S004']).code).toBe(2);
  });

  it('nobody approves their own claim; a rejection frees the invoice', () => {
    ok(['expense', 'new', '--category', 'office', '--line', line('30000011', '80.00'), '--as', 'S002']);
    refused(['expense', 'approve', 'BZ2026-0017', '--as', 'S002'], /自己审批/);
    refused(['expense', 'reject', 'BZ2026-0016', '--reason', '不对', '--as', 'S001'], /用户服务部经理/);
    ok(['expense', 'reject', 'BZ2026-0016', '--reason', '培训未经批准', '--as', 'S002']);
    expect(claim('BZ2026-0016')).toMatchObject({
      state: 'rejected',
      rejection: { level: 'manager', by: 'S002', reason: '培训未经批准' },
    });
    ok(['expense', 'new', '--category', 'training', '--line', line('30000005', '5000.00'), '--as', 'S003']);
  });

  it('lists what waits on whom', () => {
    const ids = (role: string) =>
      (JSON.parse(run(['expense', 'list', '--pending-for', role, '--json']).stdout) as { id: string }[]).map(
        (c) => c.id,
      );
    expect(ids('director')).toEqual(['BZ2026-0011']);
    expect(ids('cashier')).toEqual(['BZ2026-0010', 'BZ2026-0014']);
    expect(ids('cs-manager')).toEqual(['BZ2026-0012', 'BZ2026-0017', 'BZ2026-0018']);
    expect(run(['expense', 'list', '--month', '2026-10']).stdout).toContain('BZ2026-0008');
  });

  it('prints the claim with its uppercase amount and signatures, and the paste sheet', () => {
    const dir = tmp();
    ok(['expense', 'form', 'claim', 'BZ2026-0015', '--out', join(dir, 'claim.pdf')]);
    const text = pdfText(join(dir, 'claim.pdf'));
    expect(text).toContain('费用报销单');
    expect(text).toContain('人民币伍仟元零壹分');
    for (const name of ['刘晓敏', '周建国', '邹文静', '李娟']) expect(text).toContain(name);
    ok(['expense', 'form', 'paste', 'BZ2026-0015', '--out', join(dir, 'paste.pdf')]);
    expect(pdfText(join(dir, 'paste.pdf'))).toContain('粘贴');
    ok(['expense', 'form', 'claim', '--blank', '--out', join(dir, 'blank.pdf')]);
    expect(run(['expense', 'form', '--list']).stdout).toContain('paste');
  });

  it('the month’s workbook by category and claimant, read back', async () => {
    const file = join(tmp(), 'bz.xlsx');
    ok(['expense', 'report', '--month', '2026-11', '--xlsx', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按类别', '按报销人', '明细']);
    const cells = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const office = cells('按类别').find((r) => r[0] === '办公用品')!;
    // 2026-11 office claims: BZ2026-0012 ¥58.00, -0013 ¥500.00, -0014 ¥500.01, -0017 ¥80.00
    expect(office.slice(1, 3)).toEqual([4, 1138.01]);
    expect(cells('按报销人').some((r) => r[1] === '邹文静')).toBe(false);
    const csv = run(['expense', 'report', '--month', '2026-11', '--format', 'csv']).stdout;
    expect(csv).toContain('BZ2026-0016');
  });

  it('an event cost names an event that exists (by its id), printed with its title; validate holds it', () => {
    const ev = (e: string, no: string) =>
      run(['expense', 'new', '--category', 'events', '--event', e, '--line', line(no, '88.00'), '--as', 'S004']);
    refused(
      [
        'expense',
        'new',
        '--category',
        'events',
        '--event',
        'HD2026-0099',
        '--line',
        line('30000021', '88.00'),
        '--as',
        'S004',
      ],
      /没有活动 HD2026-0099/,
    );
    expect(ev('2026 中秋游园会', '30000022').code).toBe(2); // a name is not an id
    const r = ok([
      'expense',
      'new',
      '--category',
      'events',
      '--event',
      'HD2026-0008',
      '--line',
      line('30000023', '88.00'),
      '--as',
      'S004',
      '--json',
    ]);
    const id = /BZ2026-\d{4}/.exec(r.stdout + r.stderr)![0];
    expect(claim(id).event).toBe('HD2026-0008');
    const dir = tmp();
    ok(['expense', 'form', 'claim', id, '--out', join(dir, 'ev.pdf')]);
    expect(pdfText(join(dir, 'ev.pdf'))).toContain('活动：HD2026-0008 迎新年联欢会');
    // a claim edited by hand to an event that does not exist: validate names the file and line
    const file = join(root, `expense/2026/${id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('event: HD2026-0008', 'event: HD2026-0098'));
    const v = run(['validate', `expense/2026/${id}.yaml`]);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toMatch(new RegExp(`expense/2026/${id}\\.yaml:\\d+:\\d+.*HD2026-0098 不存在`));
    git(root, ['checkout', '--', '.']);
  });
});
