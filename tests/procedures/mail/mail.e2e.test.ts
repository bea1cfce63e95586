// Mail and parcels end to end through the real CLI (manual 四.12; issue 14): in, notify (slips PDF), collect by
// a resident and by a person the owner authorised, return, list --remind, report (pdf, xlsx), the two forms,
// and the refusals — a collector neither registered nor authorised, an unknown unit, collecting twice.
import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { mailState, daysWaiting, needsSignature } from '../../../src/procedures/mail/rules.js';
import type { MailItem } from '../../../src/procedures/mail/rules.js';

let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const clean = () => git(root, ['status', '--porcelain']).trim();

beforeAll(() => {
  root = newRoot({ demo: true });
});

const item = (at: string, extra: Partial<MailItem> = {}): MailItem => ({
  kind: 'mail-item',
  id: 'YJ2026-0001',
  received_at: at,
  carrier: 'sf',
  type: 'parcel',
  unit: '1-1-0202',
  addressee: '张三',
  received_by: 'S003',
  ...extra,
});

describe('mail rules', () => {
  it('reminds after 3 days and returns after the limit (15 by default)', () => {
    const clock = { remind: 3, ret: 15 };
    const m = item('2026-11-10T10:00:00+08:00');
    expect(daysWaiting(m, '2026-11-13')).toBe(3);
    expect(mailState(m, '2026-11-12', clock)).toBe('waiting');
    expect(mailState(m, '2026-11-13', clock)).toBe('remind');
    expect(mailState(m, '2026-11-24', clock)).toBe('remind');
    expect(mailState(m, '2026-11-25', clock)).toBe('overdue');
    expect(
      mailState(item(m.received_at, { returned: { on: '2026-11-25', reason: 'x', by: 'S003' } }), '2026-11-26', clock),
    ).toBe('returned');
    expect(needsSignature('parcel') && needsSignature('registered') && needsSignature('official')).toBe(true);
    expect(needsSignature('letter') || needsSignature('printed')).toBe(false);
  });
});

describe('wuye mail', () => {
  it('logs an item, refuses an unknown unit, lists it, prints the notice slips', () => {
    let r = wuye(root, [
      'mail',
      'in',
      '--unit',
      '1-1-0202',
      '--addressee',
      '张三',
      '--carrier',
      'sf',
      '--type',
      'parcel',
      '--tracking',
      'SF1234567890',
      '--place',
      '货架B-3',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('YJ2026-0081');
    expect(read(root, 'mail/2026/YJ2026-0081.yaml')).toMatch(
      /carrier: sf\ntype: parcel\ntracking: SF1234567890\nunit: 1-1-0202\naddressee: 张三\nplace: 货架B-3\nreceived_by: S001/,
    );
    const before = head();
    r = wuye(root, ['mail', 'in', '--unit', '9-9-0901', '--addressee', '李四', '--carrier', 'ems']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('9-9-0901');
    expect(head()).toBe(before);
    expect(clean()).toBe('');

    r = wuye(root, ['mail', 'list', '--uncollected', '--unit', '1-1-0202']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('YJ2026-0081');
    const out = join(tmp(), 'slips.pdf');
    r = wuye(root, ['mail', 'notify', 'YJ2026-0081', '--pdf', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'mail/2026/YJ2026-0081.yaml')).toMatch(
      /notices:\n {2}- at: 2026-11-28T09:30:00\+08:00\n {4}how: slip\n {4}by: S001/,
    );
    const text = pdfText(out);
    expect(text).toContain('领取通知单');
    expect(text).toContain('YJ2026-0081');
    expect(text).toContain('1-1-0202');
  });

  it('refuses a collector neither registered nor authorised, and a parcel without signature and id check', () => {
    const before = head();
    // P000006 moved out of 1-1-0202 (a past resident): not registered now
    let r = wuye(root, ['mail', 'collect', 'YJ2026-0081', '--person', 'P000006', '--signed', '--id-checked']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 1-1-0202 登记的业主、住户或租户');
    r = wuye(root, ['mail', 'collect', 'YJ2026-0081', '--person', 'P000005']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('签字并核验证件');
    // only an owner of the unit can authorise
    r = wuye(root, [
      'mail',
      'collect',
      'YJ2026-0081',
      '--authorised-by',
      'P000005',
      '--name',
      '刘阿姨',
      '--signed',
      '--id-checked',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 1-1-0202 的业主');
    expect(head()).toBe(before);
    expect(clean()).toBe('');
    expect(read(root, 'mail/2026/YJ2026-0081.yaml')).not.toContain('collected');
  });

  it('hands over to a registered resident with signature and id check, and refuses collecting twice', () => {
    let r = wuye(root, [
      'mail',
      'collect',
      'YJ2026-0081',
      '--person',
      'P000005',
      '--signed',
      '--id-checked',
      '--id-type',
      '身份证',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'mail/2026/YJ2026-0081.yaml')).toMatch(
      /collected:\n {2}at: 2026-11-28T09:30:00\+08:00\n {2}name: \S+\n {2}person: P000005\n {2}as: resident\n {2}signed: true\n {2}id_checked: true\n {2}id_type: 身份证\n {2}by: S001/,
    );
    const before = head();
    r = wuye(root, ['mail', 'collect', 'YJ2026-0081', '--person', 'P000004', '--signed', '--id-checked']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已于');
    expect(head()).toBe(before);
  });

  it('records a collection the owner authorised', () => {
    let r = wuye(root, [
      'mail',
      'in',
      '--unit',
      '1-1-0202',
      '--addressee',
      '张三',
      '--carrier',
      'china-post',
      '--type',
      'registered',
      '--tracking',
      'XA123456789CN',
    ]);
    expect(r.code, r.stderr).toBe(0);
    r = wuye(root, [
      'mail',
      'collect',
      'YJ2026-0082',
      '--authorised-by',
      'P000004',
      '--name',
      '刘阿姨',
      '--authorisation',
      '业主电话确认',
      '--signed',
      '--id-checked',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'mail/2026/YJ2026-0082.yaml')).toMatch(
      /as: authorised\n {2}authorised_by: P000004\n {2}authorisation: 业主电话确认/,
    );
  });

  it('lists the items to remind and returns one to the sender; before the limit only with a reason', () => {
    let r = wuye(root, ['mail', 'list', '--remind']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/YJ2026-0060.*应催领（7 天）/);
    const before = head();
    r = wuye(root, ['mail', 'return', 'YJ2026-0060']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未满 15 天');
    expect(head()).toBe(before);
    r = wuye(root, ['mail', 'return', 'YJ2026-0060', '--reason', '查无此人']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'mail/2026/YJ2026-0060.yaml')).toMatch(
      /returned:\n {2}on: 2026-11-28\n {2}reason: 查无此人\n {2}by: S001/,
    );
    r = wuye(root, ['mail', 'return', 'YJ2026-0060', '--reason', '查无此人']);
    expect(r.code).toBe(1);
    // past the limit (mail.return_days, 15) no reason is needed
    r = wuye(root, ['mail', 'return', 'YJ2026-0067'], { WUYE_NOW: '2026-12-09T10:00:00+08:00' });
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'mail/2026/YJ2026-0067.yaml')).toContain('reason: 逾期未领（15 天）');
  });

  it('prints the register of a month (PDF, xlsx) and the two forms', async () => {
    const dir = tmp();
    let r = wuye(root, ['mail', 'report', '--month', '2026-11', '--pdf', join(dir, 'reg.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(join(dir, 'reg.pdf'));
    expect(text).toContain('邮件收发登记簿');
    expect(text).toContain('YJ2026-0082');
    r = wuye(root, ['mail', 'report', '--month', '2026-11', '--xlsx', join(dir, 'reg.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'reg.xlsx'));
    const rows: string[] = [];
    wb.worksheets[1].eachRow((row) => rows.push(String(row.getCell(1).value)));
    expect(rows).toContain('YJ2026-0082');
    r = wuye(root, ['mail', 'report', '--month', '2026-11']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已退回寄件方');
    r = wuye(root, ['form', 'mail-register', '2026-11', '--out', join(dir, 'f1.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    r = wuye(root, ['form', 'mail-notice', '2-1-0602', '--out', join(dir, 'f2.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfText(join(dir, 'f2.pdf'))).toContain('YJ2026-0072');
    r = wuye(root, ['mail', 'report', '--month', '2026-13']);
    expect(r.code).toBe(2);
  });

  it("logs the company's outgoing mail with its postage, refuses a bad amount, and the register counts what was sent", async () => {
    const now = { WUYE_NOW: '2026-11-28T10:00:00+08:00' };
    const line = (cost: string) => [
      'mail',
      'out',
      '--to',
      '湖南爵士湘置业有限公司',
      '--address',
      '长沙市雨花区韶山中路 1 号',
      '--carrier',
      'ems',
      '--type',
      'official',
      '--tracking',
      'EA123456789CN',
      '--cost',
      cost,
      '--purpose',
      '保修转交单',
      '--as',
      'S003',
    ];
    const before = head();
    for (const bad of ['-5', '22.001', 'abc']) {
      const r = wuye(root, line(bad), now);
      expect(r.code, r.stderr).toBe(2);
    }
    expect(head()).toBe(before);
    expect(clean()).toBe('');
    const r = wuye(root, line('22.00'), now);
    expect(r.code, r.stderr).toBe(0);
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('mail-out/2026/FJ2026-0001.yaml');
    const rec = read(root, 'mail-out/2026/FJ2026-0001.yaml');
    expect(rec).toContain('cost: "22.00"');
    expect(rec).toContain('by: S003');
    const rep = wuye(root, ['mail', 'report', '--month', '2026-11', '--json'], now);
    expect(rep.code, rep.stderr).toBe(0);
    const doc = JSON.parse(rep.stdout) as { sheets: { rows: Record<string, unknown>[] }[] };
    expect(doc.sheets[0].rows.at(-1)).toEqual({ what: '寄出（邮费 ¥22.00）', n: 1 });
    expect(doc.sheets[2].rows.map((x) => [x.id, x.tracking, x.purpose])).toEqual([
      ['FJ2026-0001', 'EA123456789CN', '保修转交单'],
    ]);
  });
});
