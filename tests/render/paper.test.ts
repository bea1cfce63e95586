// Paper an office counter accepts (issue 10, items 17–24), asserted on the renderer's layout facts
// (where each copy, block, text and signature line landed) and on the PDF's text — no images.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/pdf/index.js';
import { CONTENT_WIDTH, PAGE, fontSet, textWidth, wrap, wrapBalanced } from '../../src/render/pdf/canvas.js';
import type { FormLayout, LayoutText } from '../../src/render/model.js';
import { receiptData } from '../../src/procedures/fee/forms.js';
import { pdfText, rootWith } from './helpers.js';

const CONFIG = {
  center: {
    name: '阳光花园物业服务中心',
    estate: '阳光花园',
    company: '湖南阳光物业服务有限公司',
    phones: { service: '0731-85286688', hotline: '0731-85286666' },
  },
  templates: 'templates',
};

/** A payment of `n` monthly management-fee lines and its receipt data. */
function receipt(n: number, reprint?: { n: number; at: string }) {
  const allocations = Array.from({ length: n }, (_, i) => ({
    bill: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}/mgmt`,
    amount: '100.00',
  }));
  return receiptData({
    payment: {
      receipt: '0000101',
      book: 'SJ-0001',
      at: '2026-11-28T09:30:00+08:00',
      amount: (n * 100).toFixed(2),
      method: 'cash',
      cashier: 'S003',
      allocations,
    } as never,
    unit: { id: '1-1-0101', area: '89.37' },
    items: [{ code: 'mgmt', name: '物业管理费（住宅）' }] as never,
    cashierName: '李收款',
    ownerName: '王业主',
    reprint,
  });
}

async function layoutOf(form: string, data: Record<string, unknown> | undefined, o: { root?: string } = {}) {
  const r = await renderDocument(
    { forms: [{ form, data, id: 'T-1' }], date: '2026-11-28' },
    { config: CONFIG, layout: true, blank: !data, root: o.root },
  );
  return { ...r, l: r.layout[0], text: pdfText(r.pdf) };
}

/** Text runs on one page whose boxes overlap (a name printed over a label, a header over its neighbour). */
export function overlaps(l: FormLayout): [LayoutText, LayoutText][] {
  const out: [LayoutText, LayoutText][] = [];
  const t = l.texts;
  for (let i = 0; i < t.length; i++)
    for (let j = i + 1; j < t.length; j++) {
      const a = t[i];
      const b = t[j];
      if (a.page !== b.page) continue;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > 0.5 && oy > 0.5) out.push([a, b]);
    }
  return out;
}

describe('the receipt (issue 10 #17)', () => {
  it('carries the company, each copy whole with a 合计 row and a 财务专用章 box, cut lines between copies', async () => {
    const { l, text } = await layoutOf('fee/receipt', receipt(1));
    expect(l.pages).toBe(1);
    expect(l.copies.map((c) => c.label)).toEqual(['第一联 存根', '第二联 收据（交款人收执）', '第三联 记账']);
    expect(text.match(/湖南阳光物业服务有限公司/g)?.length).toBe(3);
    expect(text.match(/合计（大写）：人民币壹佰元整/g)?.length).toBe(3);
    expect(l.signatures.filter((s) => s.label === '收款单位（盖章）' && s.seal === '财务专用章')).toHaveLength(3);
    // a cut line between each two copies sharing a page, in the gap between them
    expect(l.cuts).toHaveLength(2);
    l.cuts.forEach((c, i) => {
      expect(c.y).toBeGreaterThan(l.copies[i].bottom - 6);
      expect(c.y).toBeLessThan(l.copies[i + 1].top);
    });
    expect(overlaps(l)).toEqual([]);
  });

  it('keeps a 12-line receipt copy whole on one page: fewer copies a page, never a copy split', async () => {
    const { l } = await layoutOf('fee/receipt', receipt(12));
    expect(l.copies).toHaveLength(3);
    for (const c of l.copies) expect(c.endPage).toBe(c.page);
    expect(l.pages).toBe(2);
    expect(l.copies.map((c) => c.page)).toEqual([1, 1, 2]);
    // a cut line only where two copies share a page
    expect(l.cuts.map((c) => c.page)).toEqual([1]);
    // the 合计 is the payment's own amount
    expect(l.texts.filter((t) => t.text === '¥1,200.00' && t.bold)).toHaveLength(3);
    for (const n of [1, 4, 5, 6, 20, 30]) {
      const { l: m } = await layoutOf('fee/receipt', receipt(n));
      for (const c of m.copies) expect(c.endPage, `${n} lines: ${c.label}`).toBe(c.page);
    }
  }, 60_000);
});

describe('a reprint (issue 10 #18)', () => {
  it('says 补打 with its count and date on every copy; two reprints are different documents', async () => {
    const a = await layoutOf('fee/receipt', receipt(1, { n: 1, at: '2026-11-28T10:00:00+08:00' }));
    const b = await layoutOf('fee/receipt', receipt(1, { n: 2, at: '2026-11-30T15:00:00+08:00' }));
    expect(a.l.texts.filter((t) => t.text === '补打 第1次 2026年11月28日')).toHaveLength(3);
    expect(b.l.texts.filter((t) => t.text === '补打 第2次 2026年11月30日')).toHaveLength(3);
    expect(a.pdf.equals(b.pdf)).toBe(false);
    const original = await layoutOf('fee/receipt', receipt(1));
    expect(original.text).not.toContain('补打');
    expect(overlaps(a.l)).toEqual([]);
  });
});

describe('typesetting (issue 10 #22)', () => {
  const fonts = fontSet(undefined);
  it('wraps a name under a signature line in balanced lines, never leaving one character alone', () => {
    const name = '湖南爵士湘置业有限公司';
    const width = textWidth(fonts.regular, name.slice(0, 10), 7) + 0.5;
    expect(wrap(fonts.regular, name, 7, width)).toEqual(['湖南爵士湘置业有限公', '司']); // what the form printed
    const lines = wrapBalanced(fonts.regular, name, 7, width);
    expect(lines.join('')).toBe(name);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length).toBeGreaterThanOrEqual(5);
  });
  it('keeps the two-character indent of a paragraph that wraps, on its first line only', () => {
    const lines = wrap(fonts.regular, '\u3000\u3000' + '按照前期物业服务协议，'.repeat(12), 9, CONTENT_WIDTH);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0].startsWith('\u3000\u3000')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith('\u3000')).toBe(false);
  });

  it('never ends a line with an opening bracket nor starts one with closing punctuation (避头尾)', () => {
    const s =
      '根据国家和地方的有关规定以及本小区的实际情况，根据《中华人民共和国民法典》（第二编）和“物业管理条例”执行。';
    for (let w = 60; w < 300; w += 3) {
      const lines = wrap(fonts.regular, s, 9, w);
      expect(lines.join('')).toBe(s);
      for (const l of lines) {
        expect(textWidth(fonts.regular, l, 9), `width ${w}: ${l}`).toBeLessThanOrEqual(w); // no overhang either
        expect(l, `width ${w}: ${lines.join(' | ')}`).not.toMatch(/[《（“‘【「]$/);
        expect(l).not.toMatch(/^[，。、；：）》”]/);
      }
    }
  });

  it('sets salutations flush, indents paragraphs, and leaves a binding margin on the left', async () => {
    const root = rootWith({
      'templates/forms/t/letter.yaml': 'code: T-01\ntitle: 信\nblocks:\n  - text: { template: t/letter }\n',
      'templates/texts/t/letter.md': `尊敬的 王业主：\n\n${'您好！您的房屋已竣工验收合格，具备交付使用条件。'.repeat(4)}\n\n特此通知。\n`,
    });
    const { l } = await layoutOf('t/letter', {}, { root });
    const body = l.texts.filter((t) => t.size === 9 && Math.abs(t.x - PAGE.left) < 0.01);
    expect(body[0].text).toBe('尊敬的 王业主：');
    expect(body[1].text.startsWith('\u3000\u3000您好')).toBe(true);
    expect(body[2].text.startsWith('\u3000')).toBe(false);
    expect(body.at(-1)!.text).toBe('\u3000\u3000特此通知。');
    // binding margin: nothing printed within 20 mm of the left edge
    expect(PAGE.left).toBeGreaterThanOrEqual(56);
    for (const t of l.texts) expect(t.x).toBeGreaterThanOrEqual(PAGE.left - 0.01);
  });
});

/** Pages of a form that hold signature lines and nothing else. */
const signatureOnlyPages = (l: FormLayout): number[] =>
  [...new Set(l.signatures.map((s) => s.page))].filter(
    (p) => !l.blocks.some((b) => b.kind !== 'signatures' && b.page <= p && b.endPage >= p),
  );

describe('overflow (issue 10 #19)', () => {
  it('never leaves the signature lines alone on a continuation page', async () => {
    for (const form of ['movein/covenant', 'movein/service-agreement', 'movein/safety', 'renovation/agreement']) {
      const { l } = await layoutOf(form, undefined);
      expect(signatureOnlyPages(l), form).toEqual([]);
    }
  }, 60_000);

  it("prints a company owner's long name where it overprints no label", async () => {
    const { l } = await layoutOf('movein/inspection', {
      owner: { name: '湖南省长沙市某某房地产开发有限责任公司第一分公司', is_company: true },
      inspection: { by: '王维修', on: '2026-11-20' },
    });
    expect(overlaps(l)).toEqual([]);
  });

  it('wraps a long column header whole instead of clipping it', async () => {
    const { l } = await layoutOf('renovation/inspection', undefined);
    const head = l.texts.filter((t) => t.bold && /灭火器|有\/|应）/.test(t.text)).map((t) => t.text);
    expect(head.join('')).toBe('灭火器（有/应）');
    expect(overlaps(l)).toEqual([]);
  });
});

describe('signatures (issue 10 #20)', () => {
  const sig = (l: FormLayout, label: RegExp) => l.signatures.find((s) => label.test(s.label))!;

  it("leaves the owner's line blank to sign; a company seals; a refusal is printed as one", async () => {
    const person = await layoutOf('movein/inspection', {
      owner: { name: '王业主' },
      inspection: { by: '王维修', on: '2026-11-20' },
    });
    const owner = sig(person.l, /^业主/);
    expect(owner.label).toBe('业主（签字）');
    expect(owner.onLine).toBe('');
    expect(owner.seal).toBeUndefined();
    const company = await layoutOf('movein/inspection', {
      owner: { name: '长沙某某贸易有限公司', is_company: true },
      inspection: { by: '王维修', on: '2026-11-20' },
    });
    expect(sig(company.l, /^业主/).label).toBe('业主（盖章）');
    expect(sig(company.l, /^业主/).seal).toBeTruthy();
    const refused = await layoutOf('movein/inspection', {
      owner: { name: '王业主' },
      inspection: { by: '王维修', on: '2026-11-20', refused: '拒绝签字' },
    });
    expect(sig(refused.l, /^业主/).onLine).toBe('拒绝签字');
  });

  it('has the renovation agreement signed by the owner, sealed by the contractor and the company', async () => {
    const { l, text } = await layoutOf('renovation/agreement', {
      case: { id: 'ZX-2026-0001' },
      owner: { name: '王业主' },
      contractor: { company: '长沙美家装饰工程有限公司', manager: '李工' },
      agreement: { signed_on: '2026-11-20', by: '赵客服' },
    });
    expect(text).not.toContain('业主本人');
    expect(sig(l, /^甲方/).onLine).toBe('');
    expect(sig(l, /^乙方（/).label).toBe('乙方（施工单位盖章）');
    expect(sig(l, /^乙方（/).seal).toBeTruthy();
    expect(sig(l, /^丙方（/).seal).toBeTruthy();
    expect(overlaps(l)).toEqual([]);
  });
});

describe('facts on forms (issue 10 #21)', () => {
  it('is not 合格 overall while an acceptance item failed', async () => {
    const { acceptanceResult } = await import('../../src/procedures/renovation/forms.js');
    expect(acceptanceResult({ result: 'pass', items: [{ item: '防水', ok: true }] } as never)).toBe('合格');
    expect(
      acceptanceResult({
        result: 'pass',
        items: [
          { item: '防水', ok: true },
          { item: '烟道', ok: false },
        ],
      } as never),
    ).toBe('不合格（烟道）');
  });

  it('lists the violation of the day on the inspection log, never 合格 that day', async () => {
    const { inspectionRows } = await import('../../src/procedures/renovation/forms.js');
    const ctx = { store: { tryRead: () => undefined }, shown: { tryRead: () => undefined } } as never;
    const rows = inspectionRows(ctx, {
      inspections: [
        { date: '2026-11-20', by: 'S007', ok: true, findings: '正常' },
        { date: '2026-11-21', by: 'S007', ok: true, findings: '正常' },
      ],
      violations: [
        { at: '2026-11-21T10:00:00+08:00', by: 'S007', kind: 'hours', what: '午休时间电钻施工', notice: 'ZG-001' },
        { at: '2026-11-23T10:00:00+08:00', by: 'S008', kind: 'hours', what: '夜间施工', notice: 'ZG-002' },
      ],
    } as never);
    expect(rows.map((r) => [r.date, r.ok])).toEqual([
      ['2026-11-20', '合格'],
      ['2026-11-21', '违规'],
      ['2026-11-23', '违规'],
    ]);
    expect(rows[1].findings).toContain('午休时间电钻施工（整改通知书 ZG-001）');
  });

  it('prints 入住日期 from the residence, never the ownership date', () => {
    const t = readFileSync('templates/forms/registry/owner-registration.yaml', 'utf8');
    expect(t).toMatch(/入住日期.*key: owner\.moved_in/);
  });
});

describe('blank forms keep their fixed content (issue 10 #23)', () => {
  it('prints the documents to bring, the office hours, the meters and the working hours on blank forms', async () => {
    const { packetFixed } = await import('../../src/procedures/movein/forms.js');
    const fixed = packetFixed({ movein: { office_hours: '每日 9:00–12:00、14:00–17:00' } } as never);
    const blank = async (form: string, f: Record<string, unknown>) =>
      pdfText(
        (await renderDocument({ forms: [{ form, fixed: f }], date: '2026-11-28' }, { config: CONFIG, blank: true }))
          .pdf,
      ).replace(/\s+/g, '');
    const notice = await blank('movein/notice', fixed);
    expect(notice).toContain('业主身份证原件');
    expect(notice).toContain('每日9:00–12:00、14:00–17:00');
    const inspection = await blank('movein/inspection', fixed);
    for (const m of ['水表', '电表']) expect(inspection).toContain(m);
    const permit = await blank('renovation/permit', {
      hours: { weekdays: '8:00–12:00，14:00–18:00', weekends: '9:00–12:00' },
    });
    expect(permit).toContain('8:00–12:00，14:00–18:00');
  });
});

describe('the price list (issue 10 #24)', () => {
  it('lists the renovation charges and the parking pass, has a full number, the date and a seal box', async () => {
    const { priceListData } = await import('../../src/procedures/fee/forms.js');
    const data = priceListData(
      [
        {
          code: 'mgmt',
          name: '物业管理费（住宅）',
          kind: 'periodic',
          rule: 'per-area-month',
          rates: [{ rate: '1.80', from: '2016-01-01' }],
          basis: '长发改价服〔2016〕42号',
        },
      ] as never,
      '2026-11-28',
      {
        deposit: '2000.00',
        deposit_special: '5000.00',
        management_fee_per_m2: '3.00',
        debris_fee_per_m2: '5.00',
        pass_fee: '10.00',
        pass_deposit: '20.00',
      },
      { pass_fee: '150.00' },
    );
    const r = await renderDocument(
      { forms: [{ form: 'fee/price-list', data, id: 'JMB-20261128' }], date: '2026-11-28' },
      { config: CONFIG, layout: true },
    );
    const text = pdfText(r.pdf).replace(/\s+/g, '');
    for (const s of [
      '装修管理费',
      '装修垃圾清运费',
      '出入证工本费',
      '出入证押金',
      '装修押金',
      '月卡停车费',
      'JMB-20261128',
      '2026年11月28日',
    ])
      expect(text).toContain(s);
    expect(r.layout[0].signatures.some((s) => s.label.startsWith('收费单位（盖章）') && s.seal)).toBe(true);
  });
});
