// The owners' files end to end through the real CLI (manual 三.2; issue 14): add-doc, show, loan, return,
// loans --overdue, 档案借阅登记表, the refusal of a confidential loan without the cs-manager's approval, and
// the documents move-in's sign step lists in the unit's file.
import { describe, expect, it, beforeAll } from 'vitest';
import { pdfText } from '../../helpers/pdf.js';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';

let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();

beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('wuye archive', () => {
  it('files a document, sets the place and makes the file confidential', () => {
    const r = wuye(root, [
      'archive',
      'add-doc',
      '1-2-0801',
      '--type',
      'power-of-attorney',
      '--title',
      '委托书原件',
      '--cabinet',
      'A',
      '--shelf',
      '2',
      '--box',
      '12',
      '--confidential',
      'yes',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const f = read(root, 'archive/DA-1-2-0801.yaml');
    expect(f).toMatch(/cabinet: A\n\s+shelf: "2"\n\s+box: "12"/);
    expect(f).toMatch(/confidential: true/);
    expect(f).toMatch(/- type: power-of-attorney\n\s+title: 委托书原件\n\s+added_on: 2026-11-28\n\s+by: S001/);
    const s = wuye(root, ['archive', 'show', '1-2-0801']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain('A柜 2层 12盒');
    expect(s.stdout).toContain('委托书');
  });

  it('refuses a confidential loan without the cs-manager, or approved by someone else; lends it with S002', () => {
    const before = head();
    const text = read(root, 'archive/DA-1-2-0801.yaml');
    let r = wuye(root, ['archive', 'loan', '1-2-0801', '--to', '工程部 黄海波', '--purpose', '查阅图纸']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('机密档案，借阅须客服部经理批准');
    expect(r.stderr).toContain('--approved-by');
    r = wuye(root, [
      'archive',
      'loan',
      '1-2-0801',
      '--to',
      '工程部 黄海波',
      '--purpose',
      '查阅图纸',
      '--approved-by',
      'S003',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是用户服务部经理');
    expect(head()).toBe(before);
    expect(read(root, 'archive/DA-1-2-0801.yaml')).toBe(text);
    r = wuye(root, [
      'archive',
      'loan',
      '1-2-0801',
      '--to',
      '工程部 黄海波',
      '--purpose',
      '查阅图纸',
      '--approved-by',
      'S002',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'archive/DA-1-2-0801.yaml')).toMatch(/out: 2026-11-28\n\s+due: 2026-12-02\n\s+approved_by: S002/);
    r = wuye(root, ['archive', 'loan', '1-2-0801', '--to', '财务部', '--purpose', 'x', '--approved-by', 'S002']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已借出');
  });

  it('lists overdue loans and takes a file back, noting what is missing', () => {
    let r = wuye(root, ['archive', 'loans', '--overdue']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('逾期未还'); // the demo's overdue loan
    r = wuye(root, ['archive', 'loans', '--overdue'], { WUYE_NOW: '2026-12-04T09:00:00+08:00' });
    expect(r.stdout).toContain('1-2-0801');
    r = wuye(root, ['archive', 'return', '1-2-0801', '--missing', '委托书原件']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'archive/DA-1-2-0801.yaml')).toMatch(/in: 2026-11-28\n\s+received_by: S001\n\s+complete: false/);
    r = wuye(root, ['archive', 'return', '1-2-0801']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('没有借出');
    r = wuye(root, ['archive', 'loans', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.standard.confidential).toBeGreaterThanOrEqual(2);
    // the loan of the file made confidential above went out with the manager's approval
    const mine = j.loans.filter(
      (l: { file: string; purpose: string }) => l.file === '1-2-0801' && l.purpose === '查阅图纸',
    );
    expect(mine).toMatchObject([{ confidential: true, approved_by: 'S002' }]);
  });

  it("lists move-in's signed agreements in the unit's file", () => {
    const r = wuye(root, ['movein', 'sign', '3-2-0202']); // at keys-issued in the demo
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, 'archive/DA-3-2-0202.yaml')).toMatch(
      /type: covenant\n\s+added_on: 2026-11-28\n\s+by: S001\n\s+source: movein\/3-2-0202/,
    );
  });

  it('prints 档案借阅登记表', () => {
    const out = tmp();
    const r = wuye(root, ['form', 'archive-loans', '1-2-0801', '--out', `${out}/a.pdf`]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(`${out}/a.pdf`);
    expect(text).toContain('档案借阅登记表');
    expect(text).toContain('黄海波');
    expect(wuye(root, ['form', 'archive-loans', '2026-11', '--out', `${out}/m.pdf`]).code).toBe(0);
  });

  it('validates the demo files', () => {
    const r = wuye(root, ['validate', 'archive']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
