// The key register end to end through the real CLI (manual 三.12; issue 14): add, list, show, loan, return,
// lost, loans, the two forms, and the refusals — lending a key already out, returning one that is in.
import { describe, expect, it, beforeAll } from 'vitest';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { keyLoanStandard, isOverdue, dueOf } from '../../../src/procedures/key/rules.js';

const LATER = { WUYE_NOW: '2026-11-28T19:05:00+08:00' };
let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();

beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('key rules', () => {
  it('a key lent today is due by the end of the day (18:00) and overdue after it', () => {
    const out = '2026-11-28T10:00:00+08:00';
    expect(dueOf(out, '18:00')).toBe('2026-11-28T18:00:00+08:00');
    const loan = { to: 'x', purpose: 'y', out, due: dueOf(out, '18:00') };
    expect(isOverdue(loan, '2026-11-28T17:59:00+08:00', '18:00')).toBe(false);
    expect(isOverdue(loan, '2026-11-28T18:01:00+08:00', '18:00')).toBe(true);
    const s = keyLoanStandard(
      [
        {
          kind: 'key',
          id: 'K-A',
          label: 'a',
          type: 'roof',
          count: 1,
          state: 'held',
          since: '2026-01-01',
          loans: [loan],
        },
      ],
      '2026-11-01',
      '2026-11-30',
      '2026-11-29T08:00:00+08:00',
      '18:00',
    );
    expect(s).toMatchObject({ loans: 1, notReturned: 1, overdue: 1, evidence: ['K-A#1'] });
  });
});

describe('wuye key', () => {
  it('adds a key, lends it, refuses a second loan, takes it back, refuses a second return', () => {
    let r = wuye(root, [
      'key',
      'add',
      'K-PUB-9-ROOF',
      '--label',
      '9栋天台门',
      '--type',
      'roof',
      '--count',
      '2',
      '--place',
      '钥匙柜B-01',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'keys/K-PUB-9-ROOF.yaml')).toMatch(/type: roof\ncount: 2\nplace: 钥匙柜B-01\nstate: held/);
    r = wuye(root, [
      'key',
      'loan',
      'K-PUB-9-ROOF',
      '--to',
      '王师傅',
      '--purpose',
      '天台防水检查',
      '--approved-by',
      'S002',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2026-11-28 18:00');
    const k = read(root, 'keys/K-PUB-9-ROOF.yaml');
    expect(k).toMatch(
      /loans:\n {2}- to: 王师傅\n {4}purpose: 天台防水检查\n {4}out: 2026-11-28T09:30:00\+08:00\n {4}due: 2026-11-28T18:00:00\+08:00\n {4}approved_by: S002\n {4}by: S001/,
    );
    const before = head();
    r = wuye(root, ['key', 'loan', 'K-PUB-9-ROOF', '--to', '李师傅', '--purpose', '检修']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已借出（王师傅');
    expect(r.stderr).toContain('wuye key return K-PUB-9-ROOF');
    expect(head()).toBe(before);
    expect(read(root, 'keys/K-PUB-9-ROOF.yaml')).toBe(k);
    // after the end of the day it is overdue
    r = wuye(root, ['key', 'loans', '--overdue'], LATER);
    expect(r.stdout).toContain('K-PUB-9-ROOF');
    r = wuye(root, ['key', 'return', 'K-PUB-9-ROOF'], LATER);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('逾期归还');
    expect(read(root, 'keys/K-PUB-9-ROOF.yaml')).toMatch(/in: 2026-11-28T19:05:00\+08:00\n {4}received_by: S001/);
    const after = head();
    r = wuye(root, ['key', 'return', 'K-PUB-9-ROOF'], LATER);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('没有借出');
    expect(head()).toBe(after);
  });

  it('shows a key and lists the keys, out and overdue ones said', () => {
    let r = wuye(root, ['key', 'show', 'K-PUB-9-ROOF']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('王师傅');
    r = wuye(root, ['key', 'list', '--type', 'meter-room']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('借出：张工（电力公司）（逾期）'); // the demo's overdue loan
    r = wuye(root, ['key', 'loans', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.standard.overdue).toBeGreaterThanOrEqual(1);
    expect(j.standard.evidence).toContain('K-PUB-1-METER#3');
  });

  it('records a lost key: lost until the lock is changed, then held again; a lost key is not lent', () => {
    wuye(root, ['key', 'add', 'K-PUB-PUMP2', '--label', '二号水泵房', '--type', 'plant-room']);
    wuye(root, ['key', 'loan', 'K-PUB-PUMP2', '--to', '刘师傅', '--purpose', '保养']);
    let r = wuye(root, [
      'key',
      'lost',
      'K-PUB-PUMP2',
      '--who',
      '刘师傅',
      '--action',
      'none',
      '--charged',
      '借用人承担',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'keys/K-PUB-PUMP2.yaml')).toMatch(/state: lost/);
    expect(read(root, 'keys/K-PUB-PUMP2.yaml')).toMatch(/lost: true/);
    r = wuye(root, ['key', 'loan', 'K-PUB-PUMP2', '--to', '王', '--purpose', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('遗失');
    r = wuye(root, ['key', 'add', 'K-PUB-PUMP3', '--label', '三号水泵房', '--type', 'plant-room']);
    r = wuye(root, ['key', 'lost', 'K-PUB-PUMP3', '--who', '赵', '--action', 'lock-changed', '--replaced']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'keys/K-PUB-PUMP3.yaml')).toMatch(/state: held[\s\S]*action: lock-changed/);
  });

  it('prints 钥匙借用登记表 and 公用钥匙清单', () => {
    const out = tmp();
    let r = wuye(root, ['form', 'key-loans', 'K-PUB-9-ROOF', '--out', `${out}/loans.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(`${out}/loans.pdf`);
    expect(text).toContain('钥匙借用登记表');
    expect(text).toContain('王师傅');
    r = wuye(root, ['key', 'list', '--pdf', `${out}/list.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfText(`${out}/list.pdf`)).toContain('公用钥匙清单');
    r = wuye(root, ['form', 'key-list', 'public', '--out', `${out}/pub.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    r = wuye(root, ['form', 'key-loans', '2026-11', '--out', `${out}/month.pdf`]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('validates the demo keys', () => {
    const r = wuye(root, ['validate', 'keys']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
