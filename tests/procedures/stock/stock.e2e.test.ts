// The warehouse through the real CLI on the demo estate (spec 16-stock.md): an item added, a receipt, issues (one
// beyond stock refused), a tool issued and returned, a write-off approved by the director (a storekeeper's refused),
// a stocktake counted, explained and approved — an approval by someone not allowed, by the counter, or with a
// difference unexplained refused, nothing written — then what to buy, the ledger's workbook read back (closing
// formulas with their values stored), the forms, and validate clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

describe('the warehouse end to end', { timeout: 300_000 }, () => {
  const root = newRoot({ demo: true });
  const run = (args: string[]) => wuye(root, args);
  const ok = (args: string[]) => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const head = () => git(root, ['rev-parse', 'HEAD']).trim();
  const refused = (args: string[], text: RegExp, code = 1) => {
    const before = head();
    const r = run(args);
    expect(r.code, r.stderr).toBe(code);
    expect(errLine(r)).toMatch(text);
    expect(head()).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  };
  const rec = (rel: string) => jsyaml.load(readFileSync(join(root, rel), 'utf8')) as Record<string, any>;
  const items = () =>
    Object.fromEntries(
      (JSON.parse(ok(['stock', 'item', 'list', '--json']).stdout) as { id: string; qty: number; value: string }[]).map(
        (i) => [i.id, i],
      ),
    );

  it('adds an item and receives it: price × quantity to the fen', () => {
    ok([
      'stock',
      'item',
      'add',
      'WX005',
      '--name',
      '角阀',
      '--uom',
      '个',
      '--category',
      'repair',
      '--safety',
      '5',
      '--as',
      'S006',
    ]);
    refused(
      [
        'stock',
        'item',
        'add',
        'WX005',
        '--name',
        '角阀',
        '--uom',
        '个',
        '--category',
        'repair',
        '--safety',
        '5',
        '--as',
        'S006',
      ],
      /已存在/,
      4,
    );
    const r = ok([
      'stock',
      'in',
      'WX005',
      '--qty',
      '7',
      '--price',
      '3.35',
      '--supplier',
      '湖南星城五金机电有限公司',
      '--invoice',
      '00482199',
      '--checked-by',
      'S002',
      '--as',
      'S006',
    ]);
    expect(r.stdout).toContain('入库单 KC2026-0035: 角阀 7个，¥23.45');
    expect(rec('stock-moves/2026/KC2026-0035.yaml')).toMatchObject({
      type: 'in',
      item: 'WX005',
      qty: 7,
      unit_price: '3.35',
      amount: '23.45',
      checked_by: 'S002',
      by: 'S006',
    });
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n').filter(Boolean)).toEqual([
      'stock: in KC2026-0035 WX005',
      'stock-moves/2026/KC2026-0035.yaml',
    ]);
  });

  it('issues within stock at the moving average; beyond stock is refused with nothing written', () => {
    // WX001: 23 on the shelf worth 295.97 (the demo's November)
    expect(items().WX001).toMatchObject({ qty: 23, value: '295.97' });
    refused(
      ['stock', 'out', 'WX001', '--qty', '24', '--to', 'S007', '--purpose', '报修', '--as', 'S006'],
      /库存只有 23个，不能出 24个/,
    );
    refused(['stock', 'out', 'WX001', '--qty', '1', '--to', 'S007', '--as', 'S006'], /用途/, 2);
    refused(
      ['stock', 'out', 'WX001', '--qty', '1', '--to', 'S007', '--repair', 'BX2026-0099', '--as', 'S006'],
      /没有维修单 BX2026-0099/,
    );
    const r = ok(['stock', 'out', 'WX001', '--qty', '5', '--to', 'S007', '--purpose', '3 栋报修', '--as', 'S006']);
    expect(r.stdout).toContain('出库单 KC2026-0036: 水龙头阀芯 5个 领给 黄海波，成本 ¥64.34'); // 295.97 × 5/23 = 64.341…
    expect(rec('stock-moves/2026/KC2026-0036.yaml')).toMatchObject({ requested_by: 'S007', department: 'engineering' });
    expect(items().WX001).toMatchObject({ qty: 18, value: '231.63' });
  });

  it('a tool issued to a person is tracked until returned', () => {
    ok(['stock', 'out', 'GJ002', '--qty', '1', '--to', 'S008', '--purpose', '2 栋外墙检查', '--as', 'S006']);
    let held = JSON.parse(ok(['stock', 'held', '--json']).stdout) as { issue: string; to: string; out: number }[];
    expect(held.map((h) => [h.issue, h.to, h.out])).toEqual([
      ['KC2026-0020', 'S012', 2],
      ['KC2026-0037', 'S008', 1],
    ]);
    refused(['stock', 'return', 'KC2026-0037', '--qty', '2', '--as', 'S006'], /只剩 1架 未还/);
    refused(['stock', 'return', 'KC2026-0035', '--as', 'S006'], /不是出库单/);
    ok(['stock', 'return', 'KC2026-0037', '--as', 'S006']);
    held = JSON.parse(ok(['stock', 'held', '--to', 'S008', '--json']).stdout);
    expect(held).toEqual([]);
    expect(ok(['stock', 'held']).stdout).toContain('罗建平');
  });

  it('a write-off needs the director', () => {
    refused(
      ['stock', 'writeoff', 'QJ002', '--qty', '1', '--reason', 'expired', '--approved-by', 'S006', '--as', 'S006'],
      /S006（谭丽华）不是服务中心主任/,
    );
    refused(
      ['stock', 'writeoff', 'QJ002', '--qty', '5', '--reason', 'expired', '--approved-by', 'S001', '--as', 'S006'],
      /库存只有 4桶/,
    );
    ok(['stock', 'writeoff', 'QJ002', '--qty', '1', '--reason', 'expired', '--approved-by', 'S001', '--as', 'S006']);
    expect(rec('stock-moves/2026/KC2026-0039.yaml')).toMatchObject({
      type: 'writeoff',
      reason: 'expired',
      approved_by: 'S001',
    });
  });

  it('a stocktake changes the book only once explained and approved', () => {
    const c = ok([
      'stock',
      'take',
      'count',
      '--line',
      'QJ002:2',
      '--line',
      'WX001:18',
      '--line',
      'BG001:7',
      '--as',
      'S006',
    ]);
    expect(c.stdout).toContain('盘点 PD2026-0003: 3 项，差异 2 项（2 项待说明');
    expect(rec('stocktakes/2026/PD2026-0003.yaml').lines).toEqual([
      { item: 'QJ002', book: 3, counted: 2 },
      { item: 'WX001', book: 18, counted: 18 },
      { item: 'BG001', book: 6, counted: 7 },
    ]);
    const before = items();
    refused(['stock', 'take', 'approve', 'PD2026-0003', '--as', 'S001'], /2 项差异没有说明: QJ002、BG001/);
    ok([
      'stock',
      'take',
      'explain',
      'PD2026-0003',
      '--line',
      'QJ002:一桶漏液已清理',
      '--line',
      'BG001:上月领用退回未登记',
      '--as',
      'S006',
    ]);
    refused(['stock', 'take', 'approve', 'PD2026-0003', '--as', 'S003'], /S003 无权批准盘点差异/);
    refused(['stock', 'take', 'approve', 'PD2026-0003', '--as', 'S006'], /无权批准|不能批准自己/);
    expect(items()).toEqual(before);
    const a = ok(['stock', 'take', 'approve', 'PD2026-0003', '--as', 'S001']);
    expect(a.stdout).toContain('盘点 PD2026-0003 已批准，调账 2 笔（KC2026-0040、KC2026-0041）');
    expect(rec('stock-moves/2026/KC2026-0040.yaml')).toMatchObject({
      type: 'shortage',
      item: 'QJ002',
      qty: 1,
      stocktake: 'PD2026-0003',
      approved_by: 'S001',
    });
    expect(rec('stock-moves/2026/KC2026-0041.yaml')).toMatchObject({ type: 'surplus', item: 'BG001', qty: 1 });
    expect(items()).toMatchObject({ QJ002: { qty: 2, value: '76.00' }, BG001: { qty: 7, value: '168.00' } });
    refused(['stock', 'take', 'approve', 'PD2026-0003', '--as', 'S001'], /已经批准/);
    refused(['stock', 'take', 'explain', 'PD2026-0003', '--line', 'QJ002:改口', '--as', 'S006'], /已批准/);
    const list = JSON.parse(ok(['stock', 'take', 'list', '--json']).stdout);
    expect(list).toMatchObject({ last: '2026-11-28', due: '2026-12-29', late: false });
    expect(list.stocktakes).toHaveLength(3);
  });

  it('lists what to buy', () => {
    const low = JSON.parse(ok(['stock', 'low', '--json']).stdout) as {
      id: string;
      shortfall: number;
      supplier: string;
    }[];
    expect(low.map((l) => [l.id, l.shortfall])).toEqual([
      ['BG001', 3],
      ['QJ002', 4],
      ['WX003', 4],
    ]);
    expect(low[0].supplier).toBe('长沙市雨花区文汇办公用品店');
    expect(ok(['stock', 'low']).stdout).toContain('至少采购');
    expect(ok(['stock', 'item', 'list', '--category', 'tool']).stdout).toContain('铝合金人字梯');
  });

  it('the ledger: a workbook whose closing columns are formulas with their values stored', async () => {
    const file = join(tmp(), 'jxc.xlsx');
    ok(['stock', 'ledger', '--month', '2026-11', '--xlsx', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const rows: Record<string, unknown>[] = [];
    ws.eachRow((row, n) => {
      if (n > 5)
        rows.push({ code: row.getCell(1).value, closeQty: row.getCell(11).value, closeValue: row.getCell(12).value });
    });
    const wx1 = rows.find((r) => r.code === 'WX001')!;
    expect(wx1.closeQty).toEqual({ formula: 'E13+G13-I13', result: 18 });
    expect(wx1.closeValue).toEqual({ formula: 'F13+H13-J13', result: 231.63 });
    const total = rows.find((r) => r.code === '合计')!;
    expect((total.closeValue as { formula: string; result: number }).formula).toMatch(/^SUM\(L6:L\d+\)$/);
    expect((total.closeValue as { result: number }).result).toBeGreaterThan(0);
    expect(wb.worksheets[1].rowCount).toBeGreaterThan(20);
    const csv = ok(['stock', 'ledger', '--month', '2026-11', '--format', 'csv']).stdout;
    expect(csv).toContain('WX001,水龙头阀芯,个,维修材料,18,225.00,20,264.00,20,257.37,18,231.63');
  });

  it('prints the receipt, the issue slip, the count sheet and the stocktake', async () => {
    const dir = tmp();
    ok(['stock', 'form', 'receipt', 'KC2026-0035', '--out', join(dir, 'r.pdf')]);
    expect(await pdfText(join(dir, 'r.pdf'))).toMatch(
      /入库单[\s\S]*KC2026-0035[\s\S]*角阀[\s\S]*23\.45[\s\S]*贰拾叁元肆角伍分/,
    );
    ok(['stock', 'form', 'issue', 'KC2026-0036', '--out', join(dir, 'i.pdf')]);
    expect(await pdfText(join(dir, 'i.pdf'))).toMatch(/出库单（领料单）[\s\S]*黄海波[\s\S]*64\.34/);
    refused(['stock', 'form', 'issue', 'KC2026-0035'], /不是出库单/);
    ok(['stock', 'form', 'count', '2026-11-28', '--out', join(dir, 'c.pdf')]);
    expect(await pdfText(join(dir, 'c.pdf'))).toMatch(/库存盘点表[\s\S]*WX005[\s\S]*角阀/);
    ok(['stock', 'form', 'take', 'PD2026-0003', '--out', join(dir, 't.pdf')]);
    expect(await pdfText(join(dir, 't.pdf'))).toMatch(/一桶漏液已清理/);
    ok(['stock', 'form', '--list']);
  });

  it('validates clean', () => {
    const r = run(['validate']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
