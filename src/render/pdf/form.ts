// The one form renderer (spec forms-and-reports.md "Forms"): draws any form
// template — header with the center's name, title, form code, record id, grid,
// tables, texts, check boxes, photo box, signatures, charts — and numbers the
// pages 第 1 页 共 2 页 when a form runs over one page.
import type { Lang } from '../../core/i18n.js';
import type {
  Block,
  ChecksBlock,
  FieldSpec,
  FormTemplate,
  GridBlock,
  SignaturesBlock,
  TableBlock,
  TextBlock,
} from '../model.js';
import { fillPlaceholders, formatValue, lookup } from '../values.js';
import {
  CONTENT_WIDTH,
  PAGE,
  SHADE,
  checkbox,
  fillRect,
  hline,
  line,
  rect,
  resetState,
  textWidth,
  wrap,
  type Doc,
  type FontSet,
} from './canvas.js';
import { drawBarChart } from './chart.js';

const LH = 1.45; // line height in em (Noto Sans SC ascent + descent)
const PAD = 3.5;
const BOTTOM = PAGE.height - PAGE.bottom - 14; // leave room for the page number

export interface DrawInput {
  template: FormTemplate;
  /** The data model, with center/estate/today already merged in; undefined for a blank form. */
  data: Record<string, unknown> | undefined;
  /** The center's own keys, printed even on a blank form. */
  base: Record<string, unknown>;
  id?: string;
  lang: Lang;
}

/** A chart value: a number; null or missing is no data (NaN: no bar, "—"). */
const num = (v: unknown): number => (v === null || v === undefined || v === '' ? NaN : Number(v));

/** Draws forms into one pdfkit document, each form starting on a new page. */
export class FormDrawer {
  private y = 0;
  private fs = 9;
  private input!: DrawInput;
  private firstPage = 0;

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
  ) {}

  /** Pages in the document so far. */
  get pageCount(): number {
    const r = this.doc.bufferedPageRange();
    return r.start + r.count;
  }

  private tr(zh: string, en: string | undefined): string {
    return this.input.lang === 'en' && en ? en : zh;
  }
  private get data(): Record<string, unknown> | undefined {
    return this.input.data;
  }
  private value(key: string | undefined, format?: string): string {
    if (!key || !this.data) return '';
    return formatValue(lookup(this.data, key), format, this.input.lang);
  }
  private fill(text: string, blank?: string): string {
    return fillPlaceholders(text, this.data ?? this.input.base, this.input.lang, blank);
  }

  /** Draw one form; returns the number of pages it took. */
  draw(input: DrawInput): number {
    this.input = input;
    this.fs = input.template.font_size ?? 9;
    this.firstPage = this.pageCount;
    this.newPage(true);
    for (const b of input.template.blocks) this.block(b);
    const pages = this.pageCount - this.firstPage;
    if (pages > 1) {
      for (let i = 0; i < pages; i++) {
        this.doc.switchToPage(this.firstPage + i);
        resetState(this.doc);
        const s = this.input.lang === 'en' ? `Page ${i + 1} of ${pages}` : `第 ${i + 1} 页 共 ${pages} 页`;
        line(this.doc, this.fonts, s, PAGE.left, PAGE.height - PAGE.bottom, {
          size: 8,
          align: 'center',
          width: CONTENT_WIDTH,
          color: '#555555',
        });
      }
    }
    this.doc.flushPages(); // written out: memory stays flat over a long merged batch
    resetState(this.doc);
    return pages;
  }

  /** Pad with an empty page (duplex printing: the next item starts on a new sheet). */
  blankPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.doc.flushPages();
    resetState(this.doc);
  }

  private newPage(first: boolean): void {
    const { doc, fonts } = this;
    const t = this.input.template;
    doc.addPage({ size: 'A4', margin: 0 });
    resetState(doc);
    const center = String(lookup(this.input.base, 'center.name') ?? '');
    let y = PAGE.top;
    line(doc, fonts, center, PAGE.left, y, { size: 9, align: 'center', width: CONTENT_WIDTH, color: '#444444' });
    y += 14;
    hline(doc, PAGE.left, PAGE.width - PAGE.right, y, 0.8);
    y += 6;
    const title = this.tr(t.title, t.title_en) + (first ? '' : this.input.lang === 'en' ? ' (continued)' : '（续）');
    line(doc, fonts, title, PAGE.left, y, { size: first ? 16 : 11, bold: true, align: 'center', width: CONTENT_WIDTH });
    y += first ? 26 : 18;
    if (first && t.subtitle) {
      line(doc, fonts, this.fill(t.subtitle, ''), PAGE.left, y, { size: 9, align: 'center', width: CONTENT_WIDTH });
      y += 15;
    }
    const idLabel = this.input.lang === 'en' ? 'No.: ' : '编号：';
    const codeLabel = this.input.lang === 'en' ? 'Form: ' : '表格编号：';
    const id = this.input.id ?? (this.data ? this.value(t.id) : '');
    line(doc, fonts, idLabel + (id || (this.input.data ? '' : '____________')), PAGE.left, y, { size: 8.5 });
    line(doc, fonts, codeLabel + t.code, PAGE.left, y, { size: 8.5, align: 'right', width: CONTENT_WIDTH });
    this.y = y + 16;
  }

  private ensure(h: number): void {
    if (this.y + h > BOTTOM) this.newPage(false);
  }

  private block(b: Block): void {
    if (b.page_break) {
      this.newPage(false);
      return;
    }
    if (b.spacer !== undefined) {
      this.y += Number(b.spacer) || 0;
      return;
    }
    if (b.heading) {
      this.ensure(this.fs * LH + 8 + 24);
      fillRect(this.doc, PAGE.left, this.y + 2, 2.5, this.fs * 1.2, '#555555');
      line(this.doc, this.fonts, this.tr(b.heading, b.heading_en), PAGE.left + 7, this.y, {
        size: this.fs + 1,
        bold: true,
      });
      this.y += (this.fs + 1) * LH + 3;
    }
    if (b.grid) this.grid(b.grid);
    else if (b.table) this.table(b.table);
    else if (b.text) this.text(b.text);
    else if (b.checks) this.checks(b.checks);
    else if (b.signatures) this.signatures(b.signatures);
    else if (b.chart) {
      const c = b.chart;
      const h = c.height ?? 160;
      this.ensure(h + 8);
      const rows = this.data ? lookup(this.data, c.key) : undefined;
      const items = Array.isArray(rows)
        ? rows.map((r) => ({
            label: String(lookup(r, c.label_key) ?? ''),
            value: num(lookup(r, c.value_key)),
            ...(c.compare_key ? { compare: num(lookup(r, c.compare_key)) } : {}),
          }))
        : [];
      const legend = c.legend && (this.input.lang === 'en' && c.legend_en ? c.legend_en : c.legend);
      drawBarChart(this.doc, this.fonts, { x: PAGE.left, y: this.y, width: CONTENT_WIDTH, height: h }, items, {
        title: c.title ? this.tr(c.title, c.title_en) : undefined,
        legend,
        max: c.max,
        format: (v) => formatValue(v, c.format, this.input.lang) || String(v),
      });
      this.y += h + 8;
    }
    this.y += 6;
  }

  // ---- grid --------------------------------------------------------------

  private grid(g: GridBlock): void {
    const { doc, fonts, fs } = this;
    const cols = g.columns ?? 4;
    const photo = g.photo;
    const photoW = photo ? 86 : 0;
    const photoRows = photo ? (photo.rows ?? 4) : 0;
    // assign fields to rows
    const rows: FieldSpec[][] = [];
    let cur: FieldSpec[] = [];
    let used = 0;
    for (const f of g.fields) {
      const span = Math.min(cols, Math.max(1, f.span ?? 1));
      if (used + span > cols) {
        rows.push(cur);
        cur = [];
        used = 0;
      }
      cur.push(f);
      used += span;
    }
    if (cur.length) rows.push(cur);

    let photoTop = -1;
    let photoBottom = 0;
    // columns keep their places on every row; rows below the photo extend their last cell to the edge
    const cw = (CONTENT_WIDTH - photoW) / cols;
    const lw = cw * (g.label_width ?? 0.42);
    rows.forEach((row, ri) => {
      const avail = CONTENT_WIDTH - (ri < photoRows ? photoW : 0);
      // lay out every cell, then the row's height
      let x = PAGE.left;
      const cells = row.map((f, i) => {
        const span = Math.min(cols, Math.max(1, f.span ?? 1));
        const isLast = i === row.length - 1;
        const w = isLast ? PAGE.left + avail - x : span * cw; // the last cell fills the row
        const label = this.tr(f.label, f.label_en);
        const val = f.value !== undefined ? this.fill(f.value, '') : this.value(f.key, f.format);
        const labelLines = wrap(fonts.regular, label, fs, lw - 2 * PAD);
        const valLines = val ? wrap(fonts.regular, val, fs, w - lw - 2 * PAD) : [];
        const c = {
          x,
          w,
          label: labelLines,
          val: valLines,
          lines: Math.max(labelLines.length, valLines.length, f.lines ?? 1),
        };
        x += w;
        return c;
      });
      const h = Math.max(...cells.map((c) => c.lines)) * fs * LH + 2 * PAD;
      const before = this.y;
      this.ensure(h);
      if (this.y < before) photoTop = -1; // moved to a new page
      if (ri === 0) photoTop = this.y;
      for (const c of cells) {
        rect(doc, c.x, this.y, lw, h, SHADE);
        rect(doc, c.x + lw, this.y, c.w - lw, h);
        const ly = this.y + (h - c.label.length * fs * LH) / 2;
        c.label.forEach((s, k) => line(doc, fonts, s, c.x + PAD, ly + k * fs * LH, { size: fs }));
        const vy = c.val.length > 1 || c.lines > 1 ? this.y + PAD : this.y + (h - fs * LH) / 2;
        c.val.forEach((s, k) => line(doc, fonts, s, c.x + lw + PAD, vy + k * fs * LH, { size: fs }));
      }
      this.y += h;
      if (ri === photoRows - 1 || (ri === rows.length - 1 && ri < photoRows)) photoBottom = this.y;
    });
    if (photo && photoTop >= 0) {
      const px = PAGE.left + CONTENT_WIDTH - photoW;
      const ph = photoBottom - photoTop;
      rect(doc, px, photoTop, photoW, ph);
      const label = this.tr(photo.label ?? '照片', photo.label_en ?? 'Photo');
      line(doc, fonts, label, px, photoTop + ph / 2 - fs * LH, {
        size: fs,
        align: 'center',
        width: photoW,
        color: '#777777',
      });
      line(doc, fonts, this.input.lang === 'en' ? '(1-inch)' : '（一寸）', px, photoTop + ph / 2, {
        size: fs - 1,
        align: 'center',
        width: photoW,
        color: '#999999',
      });
    }
  }

  // ---- table -------------------------------------------------------------

  private table(tb: TableBlock): void {
    const { doc, fonts, fs } = this;
    const numW = tb.number ? 28 : 0;
    const weights = tb.columns.map((c) => c.width ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => ((CONTENT_WIDTH - numW) * w) / sum);
    const headH = fs * LH + 2 * PAD;
    const header = (): void => {
      this.ensure(headH + fs * LH + 2 * PAD);
      let x = PAGE.left;
      if (numW) {
        rect(doc, x, this.y, numW, headH, SHADE);
        line(doc, fonts, this.input.lang === 'en' ? 'No.' : '序号', x, this.y + PAD, {
          size: fs,
          align: 'center',
          width: numW,
          bold: true,
        });
        x += numW;
      }
      tb.columns.forEach((c, i) => {
        rect(doc, x, this.y, widths[i], headH, SHADE);
        const label = this.tr(c.label, c.label_en);
        const lines = wrap(fonts.bold, label, fs, widths[i] - 2 * PAD);
        line(doc, fonts, lines[0], x + PAD, this.y + PAD, {
          size: lines.length > 1 ? fs - 1 : fs,
          align: 'center',
          width: widths[i] - 2 * PAD,
          bold: true,
        });
        x += widths[i];
      });
      this.y += headH;
    };
    const arr = this.data ? lookup(this.data, tb.key) : undefined;
    const rows: unknown[] = Array.isArray(arr) ? arr : [];
    const n = Math.max(rows.length, tb.min_rows ?? 0);
    header();
    const drawRow = (cells: string[][], num: string, bold = false): void => {
      const h = Math.max(1, ...cells.map((c) => c.length)) * fs * LH + 2 * PAD;
      if (this.y + h > BOTTOM) {
        this.newPage(false);
        header();
      }
      let x = PAGE.left;
      if (numW) {
        rect(doc, x, this.y, numW, h);
        line(doc, fonts, num, x, this.y + PAD, { size: fs, align: 'center', width: numW });
        x += numW;
      }
      tb.columns.forEach((c, i) => {
        rect(doc, x, this.y, widths[i], h);
        cells[i].forEach((s, k) =>
          line(doc, fonts, s, x + PAD, this.y + PAD + k * fs * LH, {
            size: fs,
            align: c.align ?? 'left',
            width: widths[i] - 2 * PAD,
            bold,
          }),
        );
        x += widths[i];
      });
      this.y += h;
    };
    for (let r = 0; r < n; r++) {
      const row = rows[r];
      const cells = tb.columns.map((c, i) => {
        const s = row === undefined ? '' : formatValue(lookup(row, c.key), c.format, this.input.lang);
        return s ? wrap(fonts.regular, s, fs, widths[i] - 2 * PAD) : [];
      });
      drawRow(cells, row === undefined && !this.data ? '' : String(r + 1));
    }
    if (tb.total && this.data) {
      const cells = tb.columns.map((c, i) => {
        const fmt = tb.total!.columns[c.key];
        if (!fmt) return i === 0 ? [this.tr(tb.total!.label ?? '合计', tb.total!.label_en ?? 'Total')] : [];
        let sum = 0;
        for (const r of rows) {
          const v = lookup(r, c.key);
          sum += fmt === 'money' ? (typeof v === 'number' ? v : Math.round(Number(v ?? 0) * 100)) : Number(v ?? 0);
        }
        return [
          formatValue(
            fmt === 'money' ? sum : Math.round(sum * 100) / 100,
            fmt === 'money' ? 'money' : undefined,
            this.input.lang,
          ),
        ];
      });
      drawRow(cells, '', true);
    }
  }

  // ---- texts -------------------------------------------------------------

  private text(tb: TextBlock): void {
    const { doc, fonts } = this;
    const size = tb.size ?? this.fs;
    if (tb.lines) {
      // an empty ruled box to write in, with its label
      const lh = size * 2;
      const h = tb.lines * lh + (tb.label ? size * LH + PAD : 0) + PAD;
      this.ensure(h);
      rect(doc, PAGE.left, this.y, CONTENT_WIDTH, h);
      let y = this.y + PAD;
      if (tb.label) {
        line(doc, fonts, this.tr(tb.label, tb.label_en) + '：', PAGE.left + PAD, y, { size });
        y += size * LH;
      }
      for (let i = 1; i <= tb.lines; i++)
        hline(doc, PAGE.left + PAD, PAGE.left + CONTENT_WIDTH - PAD, y + i * lh - 4, 0.4);
      this.y += h;
      return;
    }
    const source = tb.template ? (this.input.template.texts[tb.template] ?? '') : (tb.body ?? '');
    this.paragraphs(this.fill(source), size, tb.align);
  }

  /** The small Markdown-like text of templates/texts (see its README). */
  private paragraphs(text: string, size: number, align?: 'left' | 'center' | 'right'): void {
    const { doc, fonts } = this;
    const blocks: { kind: 'h1' | 'h2' | 'li' | 'p' | 'bold'; text: string }[] = [];
    let para: string[] = [];
    const flush = (): void => {
      if (para.length) blocks.push({ kind: 'p', text: para.join('') });
      para = [];
    };
    for (const raw of text.split('\n')) {
      const l = raw.trim();
      if (l.startsWith('<!--')) continue;
      if (!l) {
        flush();
        continue;
      }
      if (l.startsWith('# ')) {
        flush();
        blocks.push({ kind: 'h1', text: l.slice(2) });
        continue;
      }
      if (l.startsWith('## ')) {
        flush();
        blocks.push({ kind: 'h2', text: l.slice(3) });
        continue;
      }
      if (/^(- |\d+[.、] )/.test(l)) {
        flush();
        blocks.push({ kind: 'li', text: l.startsWith('- ') ? '· ' + l.slice(2) : l });
        continue;
      }
      if (/^\*\*.*\*\*$/.test(l)) {
        flush();
        blocks.push({ kind: 'bold', text: l.slice(2, -2) });
        continue;
      }
      // a line ending in Latin text joins the next with a space; Chinese lines join directly
      para.push(para.length && /[A-Za-z0-9,.;:]$/.test(para[para.length - 1]) ? ' ' + l : l);
    }
    flush();
    for (const b of blocks) {
      const s = b.kind === 'h1' ? size + 4 : b.kind === 'h2' ? size + 1 : size;
      const bold = b.kind !== 'p' && b.kind !== 'li';
      const font = bold ? fonts.bold : fonts.regular;
      const indent = b.kind === 'p' && !align ? '\u3000\u3000' : '';
      const lines = wrap(font, indent + b.text, s, CONTENT_WIDTH);
      if (b.kind === 'h1') this.y += 4;
      for (const l of lines) {
        this.ensure(s * LH);
        line(doc, fonts, l, PAGE.left, this.y, {
          size: s,
          bold,
          align: b.kind === 'h1' ? 'center' : align,
          width: CONTENT_WIDTH,
        });
        this.y += s * LH + 1;
      }
      this.y += b.kind === 'h1' ? 6 : 3;
    }
  }

  // ---- check boxes -------------------------------------------------------

  private checks(cb: ChecksBlock): void {
    const { doc, fonts, fs } = this;
    const cols = cb.columns ?? 3;
    const raw = this.data && cb.key ? lookup(this.data, cb.key) : undefined;
    const isOn = (v: string): boolean =>
      Array.isArray(raw)
        ? raw.map(String).includes(v)
        : !!(raw && typeof raw === 'object' && (raw as Record<string, unknown>)[v]);
    const labelW = cb.label ? 90 : 0;
    const cw = (CONTENT_WIDTH - labelW) / cols;
    const rowsN = Math.ceil(cb.options.length / cols);
    const rowH = fs * LH + 2 * PAD;
    const h = rowsN * rowH;
    this.ensure(h);
    if (cb.label) {
      rect(doc, PAGE.left, this.y, labelW, h, SHADE);
      const ls = wrap(fonts.regular, this.tr(cb.label, cb.label_en), fs, labelW - 2 * PAD);
      ls.forEach((s, k) =>
        line(doc, fonts, s, PAGE.left + PAD, this.y + (h - ls.length * fs * LH) / 2 + k * fs * LH, { size: fs }),
      );
    }
    rect(doc, PAGE.left + labelW, this.y, CONTENT_WIDTH - labelW, h);
    cb.options.forEach((o, i) => {
      const x = PAGE.left + labelW + (i % cols) * cw + PAD;
      const y = this.y + Math.floor(i / cols) * rowH + PAD;
      checkbox(doc, x, y + 2, fs, isOn(o.value));
      const txt = wrap(fonts.regular, this.tr(o.label, o.label_en), fs, cw - fs - 3 * PAD)[0];
      line(doc, fonts, txt, x + fs + 4, y, { size: fs });
    });
    this.y += h;
  }

  // ---- signatures ----------------------------------------------------------

  private signatures(sb: SignaturesBlock): void {
    const { doc, fonts, fs } = this;
    const cols = sb.columns ?? 2;
    const cw = CONTENT_WIDTH / cols;
    const rowH = fs * LH * 2 + 18;
    const dateLabel = this.input.lang === 'en' ? 'Date: ' : '日期：';
    const blankDate = this.input.lang === 'en' ? '____-__-__' : '______年____月____日';
    sb.parties.forEach((p, i) => {
      if (i % cols === 0) {
        if (i) this.y += rowH;
        this.ensure(rowH);
      }
      const x = PAGE.left + (i % cols) * cw;
      const label = this.tr(p.label, p.label_en) + (this.input.lang === 'en' ? ': ' : '：');
      const lw = textWidth(fonts.regular, label, fs);
      const y1 = this.y + 8;
      line(doc, fonts, label, x, y1, { size: fs });
      const name = this.value(p.key);
      if (name) line(doc, fonts, name, x + lw + 4, y1 - 1, { size: fs });
      hline(doc, x + lw, x + cw - 16, y1 + fs * LH, 0.5);
      const y2 = y1 + fs * LH + 8;
      line(doc, fonts, dateLabel, x, y2, { size: fs });
      const d = this.value(p.date_key, 'date');
      line(doc, fonts, d || blankDate, x + textWidth(fonts.regular, dateLabel, fs), y2, { size: fs });
    });
    this.y += rowH;
  }
}
