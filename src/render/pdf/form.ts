// The one form renderer (spec forms-and-reports.md "Forms"): draws any form
// template — header with the center's name, title, form code, record id, grid,
// tables, texts, check boxes, photo box, signatures, charts — and numbers the
// pages 第 1 页 共 2 页 when a form runs over one page. Multi-part forms (the
// three-part receipt) draw each copy whole on a page with cut lines between;
// signatures never stand alone on a continuation page. With `record` the drawer
// reports where every block, text and signature line landed (FormLayout).
import type { Lang } from '../../core/i18n.js';
import type {
  Block,
  ChecksBlock,
  CopySpec,
  FieldSpec,
  FormLayout,
  FormTemplate,
  GridBlock,
  PosterBlock,
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
  dashedLine,
  dashedRect,
  fillRect,
  hline,
  line,
  rect,
  resetState,
  sealCircle,
  textWidth,
  wrap,
  wrapBalanced,
  type Doc,
  type FontSet,
  type TextOpts,
} from './canvas.js';
import { drawBarChart } from './chart.js';

const LH = 1.45; // line height in em (Noto Sans SC ascent + descent)
const PAD = 3.5;
const BOTTOM = PAGE.height - PAGE.bottom - 14; // leave room for the page number
const CUT_GAP = 18; // the space a cut line between two copies takes
/** A keep-with-previous tail longer than this share of a page is not worth moving text for. */
const MAX_TAIL = 0.45;

/** A document that draws nothing: blocks are laid out on it to measure their height. */
const NULL_DOC: Doc = new Proxy(function () {}, { get: () => NULL_DOC, apply: () => NULL_DOC });

export interface DrawInput {
  template: FormTemplate;
  /** The data model, with center/estate/today already merged in; undefined for a blank form. */
  data: Record<string, unknown> | undefined;
  /** The center's own keys and the form's fixed content, printed even on a blank form. */
  base: Record<string, unknown>;
  id?: string;
  lang: Lang;
}

const kindOf = (b: Block): string =>
  (['grid', 'table', 'text', 'checks', 'signatures', 'chart', 'keep', 'spacer', 'page_break'] as const).find(
    (k) => b[k] !== undefined,
  ) ?? 'empty';

/** A chart value: a number; null or missing is no data (NaN: no bar, "—"). */
const num = (v: unknown): number => (v === null || v === undefined || v === '' ? NaN : Number(v));

/** Draws forms into one pdfkit document, each form starting on a new page. */
export class FormDrawer {
  private y = 0;
  private fs = 9;
  private input!: DrawInput;
  private firstPage = 0;
  private d: Doc;
  private measuring = false;
  /** Height that must still fit on the page after the current block's last line or row (what keeps with it). */
  private reserve = 0;
  private copy: number | undefined;
  private layout: FormLayout | undefined;
  private started: { index: string; kind: string; heading?: string; page?: number; top?: number } | undefined;
  /** The layout of every form drawn, when recording. */
  readonly layouts: FormLayout[] = [];

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
    private readonly opts: { record?: boolean } = {},
  ) {
    this.d = doc;
  }

  /** Pages in the document so far. */
  get pageCount(): number {
    const r = this.doc.bufferedPageRange();
    return r.start + r.count;
  }
  /** The current page within the form being drawn (1-based). */
  private get page(): number {
    return this.pageCount - this.firstPage;
  }

  private tr(zh: string, en: string | undefined): string {
    return this.input.lang === 'en' && en ? en : zh;
  }
  /** What fields read: the record's data, or on a blank form the center's keys and the form's fixed content. */
  private get source(): Record<string, unknown> {
    return this.input.data ?? this.input.base;
  }
  private get data(): Record<string, unknown> | undefined {
    return this.input.data;
  }
  private value(key: string | undefined, format?: string): string {
    if (!key) return '';
    return formatValue(lookup(this.source, key), format, this.input.lang);
  }
  private fill(text: string, blank?: string): string {
    return fillPlaceholders(text, this.source, this.input.lang, blank);
  }

  // ---- drawing primitives (nothing drawn while measuring; recorded when asked) ----

  private inHeader = false;
  private mark(): void {
    if (this.started && this.started.page === undefined && !this.inHeader) {
      this.started.page = this.page;
      this.started.top = this.y;
    }
  }
  private put(s: string, x: number, y: number, o: TextOpts): void {
    if (!s || this.measuring) return;
    this.mark();
    line(this.d, this.fonts, s, x, y, o);
    if (this.layout) {
      const w = textWidth(o.bold ? this.fonts.bold : this.fonts.regular, s, o.size);
      const dx =
        o.align && o.align !== 'left' && o.width !== undefined
          ? Math.max(0, o.align === 'center' ? (o.width - w) / 2 : o.width - w)
          : 0;
      this.layout.texts.push({
        page: this.page,
        x: x + dx,
        y,
        w,
        h: o.size * 1.2,
        size: o.size,
        text: s,
        bold: o.bold,
      });
    }
  }
  private box(x: number, y: number, w: number, h: number, fill?: string): void {
    if (this.measuring) return;
    this.mark();
    rect(this.d, x, y, w, h, fill);
  }
  private rule(x1: number, x2: number, y: number, width?: number): void {
    if (this.measuring) return;
    this.mark();
    hline(this.d, x1, x2, y, width);
  }

  /** The height `fn` takes when drawn from here with no page breaks, drawing nothing. */
  private measure(fn: () => void): number {
    const saved = { d: this.d, y: this.y, measuring: this.measuring, reserve: this.reserve, started: this.started };
    this.d = NULL_DOC;
    this.measuring = true;
    this.reserve = 0;
    this.started = undefined;
    this.y = 0;
    try {
      fn();
      return this.y;
    } finally {
      Object.assign(this, saved);
    }
  }

  /** Draw one form; returns the number of pages it took. */
  draw(input: DrawInput): number {
    this.input = input;
    this.fs = input.template.font_size ?? 9;
    this.firstPage = this.pageCount;
    this.copy = undefined;
    this.layout = this.opts.record
      ? { form: input.template.name, pages: 0, blocks: [], texts: [], signatures: [], cuts: [], copies: [] }
      : undefined;
    const copies = input.template.copies;
    if (copies?.length) this.copies(copies);
    else {
      this.newPage(true);
      this.blocks(input.template.blocks, '');
    }
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
    if (this.layout) {
      this.layout.pages = pages;
      this.layouts.push(this.layout);
      this.layout = undefined;
    }
    return pages;
  }

  /** Pad with an empty page (duplex printing: the next item starts on a new sheet). */
  blankPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.doc.flushPages();
    resetState(this.doc);
  }

  private newPage(first: boolean): void {
    if (this.measuring) return;
    const doc = this.d;
    const t = this.input.template;
    doc.addPage({ size: 'A4', margin: 0 });
    resetState(doc);
    if (t.poster) {
      // a poster carries only its code and id, small, for the file; the title is the poster's own
      const id = this.input.id ?? (this.data ? this.value(t.id) : '');
      const tag = `${id ? id + '  ' : ''}${t.code}`;
      this.inHeader = true;
      this.put(tag, PAGE.left, PAGE.top - 14, { size: 7, align: 'right', width: CONTENT_WIDTH, color: '#888888' });
      this.inHeader = false;
      this.y = PAGE.top + 16;
      return;
    }
    this.y = PAGE.top;
    if (t.copies?.length) return; // each copy carries its own header
    this.inHeader = true;
    try {
      this.pageHeader(first);
    } finally {
      this.inHeader = false;
    }
  }

  private pageHeader(first: boolean): void {
    const t = this.input.template;
    const center = String(lookup(this.input.base, 'center.name') ?? '');
    let y = PAGE.top;
    this.put(center, PAGE.left, y, { size: 9, align: 'center', width: CONTENT_WIDTH, color: '#444444' });
    y += 14;
    this.rule(PAGE.left, PAGE.width - PAGE.right, y, 0.8);
    y += 6;
    const title = this.tr(t.title, t.title_en) + (first ? '' : this.input.lang === 'en' ? ' (continued)' : '（续）');
    this.put(title, PAGE.left, y, { size: first ? 16 : 11, bold: true, align: 'center', width: CONTENT_WIDTH });
    if (first) this.stamp(y, first ? 16 : 11, title);
    y += first ? 26 : 18;
    if (first && t.subtitle) {
      this.put(this.fill(t.subtitle, ''), PAGE.left, y, { size: 9, align: 'center', width: CONTENT_WIDTH });
      y += 15;
    }
    const idLabel = this.input.lang === 'en' ? 'No.: ' : '编号：';
    const codeLabel = this.input.lang === 'en' ? 'Form: ' : '表格编号：';
    const id = this.input.id ?? (this.data ? this.value(t.id) : '');
    this.put(idLabel + (id || (this.input.data ? '' : '____________')), PAGE.left, y, { size: 8.5 });
    this.put(codeLabel + t.code, PAGE.left, y, { size: 8.5, align: 'right', width: CONTENT_WIDTH });
    this.y = y + 16;
  }

  /** The template's stamp (补打 …) boxed to the right of a centred title drawn at y, or at `at` when given. */
  private stamp(y: number, titleSize: number, title: string, at?: number): void {
    const s = this.value(this.input.template.stamp);
    if (!s) return;
    const size = 9;
    const w = textWidth(this.fonts.bold, s, size) + 10;
    const titleRight = PAGE.left + (CONTENT_WIDTH + textWidth(this.fonts.bold, title, titleSize)) / 2;
    const x = at ?? Math.min(PAGE.left + CONTENT_WIDTH - w, titleRight + 12);
    if (!this.measuring) {
      this.d.save();
      this.d
        .lineWidth(1)
        .strokeColor('#b22222')
        .rect(x, y, w, size * LH + 4)
        .stroke();
      this.d.restore();
      resetState(this.d);
    }
    this.put(s, x + 5, y + 2, { size, bold: true, color: '#b22222' });
  }

  private ensure(h: number): void {
    if (!this.measuring && this.y + h > BOTTOM) this.newPage(false);
  }
  /** Room for the last line or row of a block and what must stay with it. */
  private ensureLast(h: number): void {
    this.ensure(h + this.tail());
  }
  /** What must fit after a block's last line: the reserve and the space after the block (6; a text's 3 more). */
  private tail(gap = 6): number {
    return this.reserve ? this.reserve + gap : 0;
  }

  // ---- blocks, keep groups and copies ---------------------------------------------

  private blocks(list: Block[], path: string): void {
    list.forEach((b, i) => {
      const saved = this.reserve;
      // the blocks after this one that must not start a page (signatures) come with its last lines
      this.reserve = this.tailHeight(list, i) + (this.isLastKept(list, i) ? saved : 0);
      const index = path + String(i);
      const kind = kindOf(b);
      this.started = this.layout && !this.measuring ? { index, kind, heading: b.heading } : undefined;
      const started = this.started;
      if (b.keep) this.keepGroup(b.keep, index + '.');
      else this.block(b);
      if (started && started.page !== undefined)
        this.layout!.blocks.push({
          index,
          kind,
          heading: started.heading,
          copy: this.copy,
          page: started.page,
          top: started.top!,
          endPage: this.page,
          bottom: this.y,
        });
      this.started = undefined;
      this.reserve = saved;
    });
  }

  private keptWithPrevious(b: Block): boolean {
    return !!b.signatures || b.keep_with_previous === true;
  }
  /** True when no block after i in the list must keep with it (so the list's own reserve applies to block i). */
  private isLastKept(list: Block[], i: number): boolean {
    return list.slice(i + 1).every((b) => b.spacer !== undefined);
  }
  /** The height of the blocks after i that keep with it (spacers between them included). */
  private tailHeight(list: Block[], i: number): number {
    let j = i + 1;
    let end = i;
    for (; j < list.length; j++) {
      if (list[j].spacer !== undefined) continue;
      if (!this.keptWithPrevious(list[j])) break;
      end = j;
    }
    if (end === i) return 0;
    const h = this.measure(() => {
      for (let k = i + 1; k <= end; k++) this.block(list[k]);
    });
    // the space after the last block (6) is not needed on the page
    return h > (BOTTOM - PAGE.top) * MAX_TAIL ? 0 : h - 6;
  }

  /** Blocks drawn together: moved whole to a new page when they do not fit here (split only when taller than a page). */
  private keepGroup(list: Block[], path: string): void {
    const h = this.measure(() => this.blocks(list, path));
    if (this.y + h > BOTTOM && h <= BOTTOM - PAGE.top - 60) this.newPage(false);
    this.blocks(list, path);
  }

  /** A multi-part form: each copy whole on a page, cut lines between copies that share one. */
  private copies(copies: CopySpec[]): void {
    const t = this.input.template;
    copies.forEach((c, k) => {
      this.copy = k;
      const h = this.measure(() => this.copyBody(c, t)) - 6; // the space after its last block is not needed
      if (k === 0) this.newPage(true);
      else if (this.y + CUT_GAP + h <= BOTTOM) this.cutLine();
      else this.newPage(false);
      const top = { page: this.page, y: this.y };
      this.copyBody(c, t);
      this.layout?.copies.push({
        label: this.tr(c.label, c.label_en),
        page: top.page,
        top: top.y,
        endPage: this.page,
        bottom: this.y,
      });
    });
    this.copy = undefined;
  }

  private cutLine(): void {
    const y = this.y + CUT_GAP / 2 - 4;
    const s = this.input.lang === 'en' ? 'cut here' : '沿虚线裁开';
    const w = textWidth(this.fonts.regular, s, 6.5);
    if (!this.measuring) {
      dashedLine(this.d, 12, PAGE.width - 12, y, '#777777');
      fillRect(this.d, PAGE.width - PAGE.right - w - 8, y - 4, w + 8, 8, '#ffffff');
      this.layout?.cuts.push({ page: this.page, y });
    }
    this.put(s, PAGE.width - PAGE.right - w - 4, y - 4.5, { size: 6.5, color: '#777777' });
    this.y += CUT_GAP;
  }

  /** One copy: its own header (company, form code; number, title, the copy's name), then the form's blocks. */
  private copyBody(c: CopySpec, t: FormTemplate): void {
    const company = String(lookup(this.input.base, 'center.company') ?? lookup(this.input.base, 'center.name') ?? '');
    let y = this.y;
    this.put(company, PAGE.left, y, { size: 10, bold: true, align: 'center', width: CONTENT_WIDTH });
    this.put(t.code, PAGE.left, y, { size: 7.5, align: 'right', width: CONTENT_WIDTH, color: '#555555' });
    y += 13;
    const title = this.tr(t.title, t.title_en);
    this.put(title, PAGE.left, y, { size: 14, bold: true, align: 'center', width: CONTENT_WIDTH });
    this.stamp(this.y - 2, 14, title, PAGE.left); // top left of the copy, clear of its number and name
    const id = this.input.id ?? (this.data ? this.value(t.id) : '');
    this.put('No. ' + (id || (this.data ? '' : '____________')), PAGE.left, y + 5, {
      size: 9,
      bold: true,
      color: '#b22222',
    });
    this.put(this.tr(c.label, c.label_en), PAGE.left, y + 5, {
      size: 9,
      bold: true,
      align: 'right',
      width: CONTENT_WIDTH,
    });
    this.y = y + 22;
    this.blocks(t.blocks, '');
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
      if (!this.measuring) {
        this.mark();
        fillRect(this.d, PAGE.left, this.y + 2, 2.5, this.fs * 1.2, '#555555');
      }
      this.put(this.tr(b.heading, b.heading_en), PAGE.left + 7, this.y, { size: this.fs + 1, bold: true });
      this.y += (this.fs + 1) * LH + 3;
    }
    if (b.grid) this.grid(b.grid);
    else if (b.table) this.table(b.table);
    else if (b.text) this.text(b.text);
    else if (b.checks) this.checks(b.checks);
    else if (b.signatures) this.signatures(b.signatures);
    else if (b.poster) this.poster(b.poster);
    else if (b.chart) {
      const c = b.chart;
      const h = c.height ?? 160;
      this.ensureLast(h + 8);
      const rows = lookup(this.source, c.key);
      const items = Array.isArray(rows)
        ? rows.map((r) => ({
            label: String(lookup(r, c.label_key) ?? ''),
            value: num(lookup(r, c.value_key)),
            ...(c.compare_key ? { compare: num(lookup(r, c.compare_key)) } : {}),
          }))
        : [];
      if (!this.measuring) {
        this.mark();
        drawBarChart(this.d, this.fonts, { x: PAGE.left, y: this.y, width: CONTENT_WIDTH, height: h }, items, {
          title: c.title ? this.tr(c.title, c.title_en) : undefined,
          legend: c.legend && (this.input.lang === 'en' && c.legend_en ? c.legend_en : c.legend),
          max: c.max,
          format: (v) => formatValue(v, c.format, this.input.lang) || String(v),
        });
      }
      this.y += h + 8;
    }
    this.y += 6;
  }

  // ---- grid --------------------------------------------------------------

  private grid(g: GridBlock): void {
    const { fonts, fs } = this;
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
      if (ri === rows.length - 1) this.ensureLast(h);
      else this.ensure(h);
      if (this.y < before) photoTop = -1; // moved to a new page
      if (ri === 0) photoTop = this.y;
      for (const c of cells) {
        this.box(c.x, this.y, lw, h, SHADE);
        this.box(c.x + lw, this.y, c.w - lw, h);
        const ly = this.y + (h - c.label.length * fs * LH) / 2;
        c.label.forEach((s, k) => this.put(s, c.x + PAD, ly + k * fs * LH, { size: fs }));
        const vy = c.val.length > 1 || c.lines > 1 ? this.y + PAD : this.y + (h - fs * LH) / 2;
        c.val.forEach((s, k) => this.put(s, c.x + lw + PAD, vy + k * fs * LH, { size: fs }));
      }
      this.y += h;
      if (ri === photoRows - 1 || (ri === rows.length - 1 && ri < photoRows)) photoBottom = this.y;
    });
    if (photo && photoTop >= 0) {
      const px = PAGE.left + CONTENT_WIDTH - photoW;
      const ph = photoBottom - photoTop;
      this.box(px, photoTop, photoW, ph);
      const label = this.tr(photo.label ?? '照片', photo.label_en ?? 'Photo');
      this.put(label, px, photoTop + ph / 2 - fs * LH, {
        size: fs,
        align: 'center',
        width: photoW,
        color: '#777777',
      });
      this.put(this.input.lang === 'en' ? '(1-inch)' : '（一寸）', px, photoTop + ph / 2, {
        size: fs - 1,
        align: 'center',
        width: photoW,
        color: '#999999',
      });
    }
  }

  // ---- table -------------------------------------------------------------

  private table(tb: TableBlock): void {
    const { fonts, fs } = this;
    const numW = tb.number ? 28 : 0;
    const weights = tb.columns.map((c) => c.width ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => ((CONTENT_WIDTH - numW) * w) / sum);
    // a header too long for its column wraps (smaller type) instead of being cut off
    const heads = tb.columns.map((c, i) => {
      const label = this.tr(c.label, c.label_en);
      const one = wrap(fonts.bold, label, fs, widths[i] - 2 * PAD);
      if (one.length === 1) return { lines: one, size: fs };
      return { lines: wrap(fonts.bold, label, fs - 1, widths[i] - 2 * PAD), size: fs - 1 };
    });
    const headLines = Math.max(1, ...heads.map((h) => h.lines.length));
    const headH = headLines * (heads.some((h) => h.lines.length > 1) ? (fs - 1) * LH : fs * LH) + 2 * PAD;
    const header = (): void => {
      this.ensure(headH + fs * LH + 2 * PAD);
      let x = PAGE.left;
      if (numW) {
        this.box(x, this.y, numW, headH, SHADE);
        this.put(this.input.lang === 'en' ? 'No.' : '序号', x, this.y + (headH - fs * LH) / 2, {
          size: fs,
          align: 'center',
          width: numW,
          bold: true,
        });
        x += numW;
      }
      tb.columns.forEach((_c, i) => {
        this.box(x, this.y, widths[i], headH, SHADE);
        const { lines, size } = heads[i];
        const top = this.y + (headH - lines.length * size * LH) / 2;
        lines.forEach((s, k) =>
          this.put(s, x + PAD, top + k * size * LH, {
            size,
            align: 'center',
            width: widths[i] - 2 * PAD,
            bold: true,
          }),
        );
        x += widths[i];
      });
      this.y += headH;
    };
    const arr = lookup(this.source, tb.key);
    const rows: unknown[] = Array.isArray(arr) ? arr : [];
    const n = Math.max(rows.length, tb.min_rows ?? 0);
    const hasTotal = !!tb.total && !!this.data;
    header();
    const drawRow = (cells: string[][], num: string, last: boolean, bold = false): void => {
      const h = Math.max(1, ...cells.map((c) => c.length)) * fs * LH + 2 * PAD;
      if (this.y + h + (last ? this.tail() : 0) > BOTTOM && !this.measuring) {
        this.newPage(false);
        header();
      }
      let x = PAGE.left;
      if (numW) {
        this.box(x, this.y, numW, h);
        this.put(num, x, this.y + PAD, { size: fs, align: 'center', width: numW });
        x += numW;
      }
      tb.columns.forEach((c, i) => {
        this.box(x, this.y, widths[i], h);
        cells[i].forEach((s, k) =>
          this.put(s, x + PAD, this.y + PAD + k * fs * LH, {
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
      drawRow(cells, row === undefined ? '' : String(r + 1), r === n - 1 && !hasTotal);
    }
    if (hasTotal) {
      const cells = tb.columns.map((c, i) => {
        const spec = tb.total!.columns[c.key];
        if (!spec)
          return i === 0
            ? wrap(
                fonts.bold,
                this.fill(this.tr(tb.total!.label ?? '合计', tb.total!.label_en ?? 'Total'), ''),
                fs,
                widths[0] - 2 * PAD,
              )
            : [];
        const fmt = typeof spec === 'string' ? spec : (spec.format ?? 'text');
        if (typeof spec === 'object' && spec.key) return [this.value(spec.key, fmt)];
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
      drawRow(cells, '', true, true);
    }
  }

  // ---- texts -------------------------------------------------------------

  private text(tb: TextBlock): void {
    const size = tb.size ?? this.fs;
    if (tb.lines) {
      // an empty ruled box to write in, with its label
      const lh = size * 2;
      const h = tb.lines * lh + (tb.label ? size * LH + PAD : 0) + PAD;
      this.ensureLast(h);
      this.box(PAGE.left, this.y, CONTENT_WIDTH, h);
      let y = this.y + PAD;
      if (tb.label) {
        this.put(this.tr(tb.label, tb.label_en) + '：', PAGE.left + PAD, y, { size });
        y += size * LH;
      }
      for (let i = 1; i <= tb.lines; i++)
        this.rule(PAGE.left + PAD, PAGE.left + CONTENT_WIDTH - PAD, y + i * lh - 4, 0.4);
      this.y += h;
      return;
    }
    const source = tb.template ? (this.input.template.texts[tb.template] ?? '') : (tb.body ?? '');
    this.paragraphs(this.fill(source), size, tb.align);
  }

  /** The small Markdown-like text of templates/texts (see its README). */
  private paragraphs(text: string, size: number, align?: 'left' | 'center' | 'right'): void {
    const { fonts } = this;
    type Kind = 'h1' | 'h2' | 'li' | 'p' | 'bold' | 'right';
    const blocks: { kind: Kind; text: string }[] = [];
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
      if (l.startsWith('>> ')) {
        flush();
        blocks.push({ kind: 'right', text: l.slice(3) });
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
    blocks.forEach((b, bi) => {
      const s = b.kind === 'h1' ? size + 4 : b.kind === 'h2' ? size + 1 : size;
      const bold = b.kind === 'h1' || b.kind === 'h2' || b.kind === 'bold';
      const font = bold ? fonts.bold : fonts.regular;
      // a letter's salutation (its first paragraph, ending with a colon) stands flush left; paragraphs indent
      // their first line by two characters, as Chinese documents do
      const salutation = bi === 0 && b.kind === 'p' && /[：:]$/.test(b.text) && !/[，。；]/.test(b.text);
      const indent = b.kind === 'p' && !align && !salutation ? '\u3000\u3000' : '';
      const lines = wrap(font, indent + b.text, s, CONTENT_WIDTH);
      if (b.kind === 'h1') this.y += 4;
      const lastBlock = bi === blocks.length - 1;
      lines.forEach((l, li) => {
        // the last two lines of the text keep with what must follow it (signatures)
        const fromEnd = lines.length - li;
        if (lastBlock && fromEnd <= 2) this.ensure(fromEnd * (s * LH + 1) + this.tail(9));
        else if (b.kind === 'h1' || b.kind === 'h2') this.ensure(s * LH + 1 + 2 * (size * LH + 1));
        else this.ensure(s * LH);
        this.put(l, PAGE.left, this.y, {
          size: s,
          bold,
          align: b.kind === 'h1' ? 'center' : b.kind === 'right' ? 'right' : align,
          width: CONTENT_WIDTH,
        });
        this.y += s * LH + 1;
      });
      this.y += b.kind === 'h1' ? 6 : 3;
    });
  }

  // ---- poster --------------------------------------------------------------

  private poster(p: PosterBlock): void {
    const { fonts } = this;
    const title = p.title_key ? this.value(p.title_key) : this.fill(p.title ?? this.input.template.title, '');
    const ts = 30;
    for (const l of wrap(fonts.bold, title || this.input.template.title, ts, CONTENT_WIDTH)) {
      this.ensure(ts * LH);
      this.put(l, PAGE.left, this.y, { size: ts, bold: true, align: 'center', width: CONTENT_WIDTH });
      this.y += ts * LH;
    }
    const mark = p.mark_key ? this.value(p.mark_key) : '';
    if (mark) {
      this.put(mark, PAGE.left, this.y, { size: 11, align: 'center', width: CONTENT_WIDTH, color: '#c00000' });
      this.y += 11 * LH;
    }
    this.y += 4;
    if (!this.measuring) {
      hline(this.d, PAGE.left + 40, PAGE.left + CONTENT_WIDTH - 40, this.y, 1.6, '#444444');
      hline(this.d, PAGE.left + 40, PAGE.left + CONTENT_WIDTH - 40, this.y + 3.5, 0.5, '#444444');
    }
    this.y += 22;
    const size = 14;
    const source = p.template
      ? (this.input.template.texts[p.template] ?? '')
      : p.body_key
        ? this.value(p.body_key)
        : (p.body ?? '');
    if (source) this.paragraphs(this.fill(source), size);
    if (p.facts?.length) {
      this.y += 6;
      for (const f of p.facts) {
        const v = this.value(f.key, f.format);
        if (!v && this.data) continue;
        const label = this.tr(f.label, f.label_en) + (this.input.lang === 'en' ? ': ' : '：');
        const lw = textWidth(fonts.bold, label, size);
        const lines = wrap(fonts.regular, v || '____________', size, CONTENT_WIDTH - lw - 24);
        this.ensure(lines.length * size * LH);
        this.put(label, PAGE.left + 24, this.y, { size, bold: true });
        lines.forEach((s, k) => this.put(s, PAGE.left + 24 + lw, this.y + k * size * LH, { size }));
        this.y += lines.length * size * LH + 2;
      }
    }
    // the foot: signer and date right-aligned, the seal circle over them, low on the page when there is room
    const signer = this.fill(p.signer ?? '{{center.name}}', '');
    const date = this.value(p.date_key, 'date') || (this.input.lang === 'en' ? '____-__-__' : '______年____月____日');
    const footH = 110;
    this.ensure(footH);
    const y = Math.max(this.y + 30, Math.min(BOTTOM - footH, this.y + 160));
    const w = Math.max(textWidth(fonts.regular, signer, 13), textWidth(fonts.regular, date, 13)) + 8;
    const x = PAGE.left + CONTENT_WIDTH - w - 10;
    this.put(signer, x, y + 20, { size: 13, align: 'center', width: w });
    this.put(date, x, y + 20 + 13 * LH + 4, { size: 13, align: 'center', width: w });
    if (p.seal !== false && !this.measuring) {
      const cx = x + w / 2;
      const cy = y + 20 + 13 * LH;
      sealCircle(this.d, cx, cy, 44);
      this.put(this.input.lang === 'en' ? '(seal)' : '（盖章）', cx - 40, cy + 26, {
        size: 8,
        align: 'center',
        width: 80,
        color: '#999999',
      });
    }
    this.y = y + footH;
  }

  // ---- check boxes -------------------------------------------------------

  private checks(cb: ChecksBlock): void {
    const { fonts, fs } = this;
    const cols = cb.columns ?? 3;
    const raw = cb.key ? lookup(this.source, cb.key) : undefined;
    const isOn = (v: string): boolean =>
      !!this.data &&
      (Array.isArray(raw)
        ? raw.map(String).includes(v)
        : !!(raw && typeof raw === 'object' && (raw as Record<string, unknown>)[v]));
    const labelW = cb.label ? 90 : 0;
    const cw = (CONTENT_WIDTH - labelW) / cols;
    const rowsN = Math.ceil(cb.options.length / cols);
    const rowH = fs * LH + 2 * PAD;
    const h = rowsN * rowH;
    this.ensureLast(h);
    if (cb.label) {
      this.box(PAGE.left, this.y, labelW, h, SHADE);
      const ls = wrap(fonts.regular, this.tr(cb.label, cb.label_en), fs, labelW - 2 * PAD);
      ls.forEach((s, k) =>
        this.put(s, PAGE.left + PAD, this.y + (h - ls.length * fs * LH) / 2 + k * fs * LH, { size: fs }),
      );
    }
    this.box(PAGE.left + labelW, this.y, CONTENT_WIDTH - labelW, h);
    cb.options.forEach((o, i) => {
      const x = PAGE.left + labelW + (i % cols) * cw + PAD;
      const y = this.y + Math.floor(i / cols) * rowH + PAD;
      if (!this.measuring) checkbox(this.d, x, y + 2, fs, isOn(o.value));
      const txt = wrap(fonts.regular, this.tr(o.label, o.label_en), fs, cw - fs - 3 * PAD)[0];
      this.put(txt, x + fs + 4, y, { size: fs });
    });
    this.y += h;
  }

  // ---- signatures ----------------------------------------------------------

  /**
   * One line per party, blank for the signature or seal: a name the records give (who acted, the sealing body)
   * is printed small under the line, never on it; a party that seals gets a seal box; a status (拒绝签字)
   * is printed on the line instead of a signature.
   */
  private signatures(sb: SignaturesBlock): void {
    const { fonts, fs } = this;
    const cols = sb.columns ?? 2;
    const cw = CONTENT_WIDTH / cols;
    const capSize = Math.max(6.5, fs - 1.5);
    const capLH = capSize * LH;
    const sealW = 62;
    const sealH = 30;
    const dateLabel = this.input.lang === 'en' ? 'Date: ' : '日期：';
    const blankDate = this.input.lang === 'en' ? '____-__-__' : '______年____月____日';
    const dateW = textWidth(fonts.regular, dateLabel + blankDate, fs);
    const parties = sb.parties.map((p, i) => {
      const sealed = !!p.seal || (!!p.seal_key && !!this.data && lookup(this.data, p.seal_key) === true);
      const text =
        (p.seal_key && sealed && p.seal_label ? this.tr(p.seal_label, p.seal_label_en) : this.tr(p.label, p.label_en)) +
        (this.input.lang === 'en' ? ': ' : '：');
      // a long label shrinks to keep room for the line
      let size = fs;
      while (size > 6.5 && textWidth(fonts.regular, text, size) > cw * 0.6) size -= 0.5;
      const x = PAGE.left + (i % cols) * cw;
      const x1 = x + textWidth(fonts.regular, text, size) + 2;
      // a party that seals gets a box at the right of its cell; the line runs up to it when there is room
      const sealX = x + cw - 16 - sealW;
      const x2 = sealed ? sealX - 6 : x + cw - 16;
      const lined = x2 - x1 >= 24;
      const caption = this.value(p.key);
      // a name too long for the line wraps under it, never into the next party's column nor the seal box;
      // with no line (a seal box right after the label) it goes under the label
      const capX = lined ? x1 + 2 : x;
      const cap = caption
        ? wrapBalanced(fonts.regular, caption, capSize, Math.max(30, lined ? x2 - x1 - 2 : sealX - x - 6))
        : [];
      const status = p.status_key ? this.value(p.status_key) : '';
      const dated = p.date !== false;
      // the date line goes below the seal box when it would run into it
      const dateBelowSeal = sealed && dated && x + dateW > sealX - 4;
      return { p, sealed, text, size, x, x1, x2, lined, sealX, caption, cap, capX, status, dated, dateBelowSeal };
    });
    for (let i = 0; i < parties.length; i += cols) {
      const row = parties.slice(i, i + cols);
      const capLines = Math.max(0, ...row.map((r) => r.cap.length));
      const dateY = (r: (typeof row)[number]): number =>
        Math.max(r.dateBelowSeal ? 3 + sealH + 4 : 0, 8 + fs * LH + capLines * capLH + 8);
      const rowH = Math.max(
        8 + fs * LH + capLines * capLH + 8,
        ...row.map((r) => (r.dated ? dateY(r) + fs * LH + 6 : 0)),
        ...row.map((r) => (r.sealed ? sealH + 8 : 0)),
      );
      if (i + cols >= parties.length) this.ensureLast(rowH);
      else this.ensure(rowH);
      for (const r of row) {
        const y1 = this.y + 8;
        this.put(r.text, r.x, y1 + (fs - r.size) / 2, { size: r.size });
        const ly = y1 + fs * LH;
        if (r.lined) this.rule(r.x1, r.x2, ly, 0.5);
        if (r.status) {
          const st = this.fitText(r.status, fs, Math.max(40, r.x2 - r.x1 - 4));
          this.put(st.text, r.x1 + 3, y1 + (fs - st.size) / 2, { size: st.size, bold: true });
        }
        r.cap.forEach((c, k) => this.put(c, r.capX, ly + 1.5 + k * capLH, { size: capSize, color: '#555555' }));
        const sealText = r.p.seal ?? (this.input.lang === 'en' ? 'seal' : '印章');
        if (r.sealed) {
          if (!this.measuring) dashedRect(this.d, r.sealX, this.y + 3, sealW, sealH, '#999999');
          this.put(sealText, r.sealX, this.y + 3 + sealH / 2 - fs * 0.6, {
            size: fs - 1,
            align: 'center',
            width: sealW,
            color: '#aaaaaa',
          });
        }
        const d = this.value(r.p.date_key, 'date');
        if (r.dated) {
          const y2 = this.y + dateY(r);
          this.put(dateLabel, r.x, y2, { size: fs });
          this.put(d || blankDate, r.x + textWidth(fonts.regular, dateLabel, fs), y2, { size: fs });
        }
        if (this.layout && !this.measuring)
          this.layout.signatures.push({
            page: this.page,
            copy: this.copy,
            label: r.text.replace(/[：:]\s*$/, ''),
            line: { x1: r.x1, x2: r.lined ? r.x2 : r.x1, y: ly },
            onLine: r.status,
            caption: r.caption,
            date: d,
            seal: r.sealed ? sealText : undefined,
          });
      }
      this.y += rowH;
    }
  }

  /** A one-line text no wider than `width`: the type shrinks (to 6 pt), then the text is cut with an ellipsis. */
  private fitText(s: string, size: number, width: number): { text: string; size: number } {
    let z = size;
    while (z > 6 && textWidth(this.fonts.regular, s, z) > width) z -= 0.5;
    if (textWidth(this.fonts.regular, s, z) <= width) return { text: s, size: z };
    let t = s;
    while (t.length > 1 && textWidth(this.fonts.regular, t + '…', z) > width) t = t.slice(0, -1);
    return { text: t + '…', size: z };
  }
}
