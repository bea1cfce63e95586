// The page a form is drawn on: an A4 pdfkit document with the center's fonts,
// fast CJK-aware line wrapping (widths from the font's own metrics, cached),
// and deterministic output (creation date from the record: same input, same bytes).
// Only src/render imports pdfkit (spec architecture.md).
import { createRequire } from 'node:module';
import type { FontkitFont } from './fontkit.js';
import { loadFont } from './fonts.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** A4 in points; the left margin is the binding margin (装订边, 20 mm) of forms filed in the owner's file. */
export const PAGE = { width: 595.28, height: 841.89, left: 57, right: 40, top: 34, bottom: 40 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const INK = '#222222';
export const RULE = '#444444';
export const SHADE = '#f0f0f0';

export interface FontSet {
  regular: FontkitFont;
  bold: FontkitFont;
}

/** The fonts of wuye.yaml `pdf:` (defaults: Noto Sans SC Regular / Medium), loaded once per process. */
export function fontSet(pdf: { font?: string; bold_font?: string } | undefined, root?: string): FontSet {
  return {
    regular: loadFont(pdf?.font ?? 'NotoSansHans-Regular', root),
    bold: loadFont(pdf?.bold_font ?? 'NotoSansHans-Medium', root),
  };
}

/** A date string (YYYY-MM-DD or ISO time) as the document's fixed creation date. */
export function docDate(date: string | undefined): Date {
  if (!date) return new Date(Date.UTC(2000, 0, 1));
  const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00+08:00`) : new Date(date);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

export function newDoc(fonts: FontSet, info: { title?: string; date?: string }): Doc {
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    font: null,
    info: { Title: info.title ?? '', Creator: 'wuye', Producer: 'wuye', CreationDate: docDate(info.date) },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  output.set(doc, collect(doc));
  return doc;
}

const output = new WeakMap<Doc, Promise<Buffer>>();

/**
 * A document's bytes, taken as pdfkit writes them (pages are flushed as they are drawn) and joined
 * every megabyte: a 5,000-page document is thousands of small buffers, each pinning an 8 KB pool slab.
 */
function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const joined: Buffer[] = [];
    let small: Buffer[] = [];
    let smallBytes = 0;
    doc.on('data', (b: Buffer) => {
      small.push(b);
      smallBytes += b.length;
      if (smallBytes >= 1 << 20) {
        joined.push(Buffer.concat(small));
        small = [];
        smallBytes = 0;
      }
    });
    doc.on('end', () => resolve(Buffer.concat([...joined, ...small])));
    doc.on('error', reject);
  });
}

/**
 * Forget pdfkit's text layouts (a cache per font of every word drawn, never emptied): in a merged batch of
 * thousands of statements the names and amounts are all different, and the cache would hold them all.
 */
export function trimLayoutCache(doc: Doc): void {
  for (const f of Object.values(doc._fontFamilies ?? {}) as { layoutCache?: object }[])
    if (f.layoutCache) f.layoutCache = Object.create(null);
}

/** End a document and collect its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  const bytes = output.get(doc)!;
  doc.end();
  return bytes;
}

// ---- measuring and wrapping -------------------------------------------------

const widthCache = new WeakMap<FontkitFont, Map<number, number>>();

/** Width of a string at `size` pt, from the font's advance widths (no kerning: forms need none). */
export function textWidth(font: FontkitFont, s: string, size: number): number {
  let m = widthCache.get(font);
  if (!m) {
    m = new Map();
    widthCache.set(font, m);
  }
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let a = m.get(cp);
    if (a === undefined) {
      a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      m.set(cp, a);
    }
    w += a;
  }
  return w * size;
}

/** Characters a line may not start with (Chinese line-breaking rules, 避头: closing punctuation stays on the line before). */
const NO_START = /^[，。、；：？！）》」』】〕〉”’…—,.;:?!)\]}%]/;
/** Characters a line may not end with (避尾: an opening bracket or quote goes to the next line with what it opens). */
const NO_END = /[《（“‘【「『〔〈([{]+$/u;
const TOKEN = /[A-Za-z0-9@#$%&*+\-_=/\\.,:;'"!?()[\]{}<>¥￥]+|\s|./gu;
/** Spaces a wrapped line drops at its start and end (not the ideographic space U+3000 of a paragraph's indent). */
const SPACE = /^[ \t]$/;

/**
 * Lines of about equal length, as few as `wrap` gives (a name printed small under a signature line or a seal
 * box): 湖南爵士湘置业有限公司 in two lines of five and six characters, never one line with a lone 司.
 */
export function wrapBalanced(font: FontkitFont, text: string, size: number, width: number): string[] {
  const lines = wrap(font, text, size, width);
  if (lines.length < 2) return lines;
  // the narrowest width that still takes no more lines
  let lo = textWidth(font, text, size) / lines.length;
  let hi = width;
  for (let i = 0; i < 12 && hi - lo > 0.25; i++) {
    const mid = (lo + hi) / 2;
    if (wrap(font, text, size, mid).length > lines.length) lo = mid;
    else hi = mid;
  }
  return wrap(font, text, size, hi);
}

/**
 * Wrap text to lines no wider than `width`: Chinese breaks at any character, Latin words stay whole when they
 * fit; no line starts with closing punctuation nor ends with an opening bracket (避头尾).
 */
export function wrap(font: FontkitFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const first = out.length;
    if (textWidth(font, para, size) <= width) {
      out.push(para);
      continue;
    }
    let line = '';
    let lw = 0;
    for (const tok of para.match(TOKEN) ?? []) {
      const tw = textWidth(font, tok, size);
      if (lw + tw <= width || line === '') {
        // spaces are dropped at the start of a continued line, kept at the paragraph's (its indent)
        if (line === '' && SPACE.test(tok) && out.length > first) continue;
        if (tw > width && line === '') {
          // a word longer than the line: break it by characters
          for (const ch of tok) {
            const cw = textWidth(font, ch, size);
            if (lw + cw > width && line) {
              out.push(line);
              line = '';
              lw = 0;
            }
            line += ch;
            lw += cw;
          }
          continue;
        }
        line += tok;
        lw += tw;
      } else {
        // an opening bracket at the end of the line goes down with the word it opens; closing punctuation
        // that does not fit takes the character before it down with it (no line starts with it, none overhangs)
        const open = NO_END.exec(line);
        let carry = open && open.index > 0 ? open[0] : '';
        if (!carry && NO_START.test(tok) && !SPACE.test(tok)) {
          const chars = [...line.trimEnd()];
          const word = /[A-Za-z0-9_]+$/.exec(line.trimEnd()); // a word, or a blank to write in (____)
          const take = word && word[0].length < chars.length / 2 ? word[0].length : 1;
          if (chars.length > take) {
            carry = chars.slice(-take).join('');
            const lead = NO_END.exec(chars.slice(0, -take).join(''));
            if (lead && lead.index > 0) carry = lead[0] + carry;
          }
        }
        out.push((carry ? line.trimEnd().slice(0, -carry.length) : line).trimEnd());
        line = carry + (SPACE.test(tok) ? '' : tok);
        lw = line ? textWidth(font, line, size) : 0;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

// ---- drawing -------------------------------------------------------------------

/**
 * The graphics state last set on the current page: pdfkit writes a colour or
 * line-width operator on every call, so set each only when it changes (smaller
 * content streams, less to compress). Reset whenever the page changes.
 */
interface GState {
  font?: string;
  size?: number;
  fill?: string;
  stroke?: string;
  lw?: number;
}
const states = new WeakMap<Doc, GState>();
export function resetState(doc: Doc): void {
  states.set(doc, {});
}
function gs(doc: Doc): GState {
  let s = states.get(doc);
  if (!s) {
    s = {};
    states.set(doc, s);
  }
  return s;
}
function setFill(doc: Doc, c: string): void {
  const s = gs(doc);
  if (s.fill !== c) {
    doc.fillColor(c);
    s.fill = c;
  }
}
function setStroke(doc: Doc, c: string, lw: number): void {
  const s = gs(doc);
  if (s.stroke !== c) {
    doc.strokeColor(c);
    s.stroke = c;
  }
  if (s.lw !== lw) {
    doc.lineWidth(lw);
    s.lw = lw;
  }
}

export interface TextOpts {
  bold?: boolean;
  size: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  width?: number;
}

/** Draw one line of text with its top at y (no wrapping). */
export function line(doc: Doc, fonts: FontSet, s: string, x: number, y: number, o: TextOpts): void {
  if (!s) return;
  let dx = 0;
  if (o.align && o.align !== 'left' && o.width !== undefined) {
    const w = textWidth(o.bold ? fonts.bold : fonts.regular, s, o.size);
    dx = o.align === 'center' ? (o.width - w) / 2 : o.width - w;
  }
  const st = gs(doc);
  const font = o.bold ? 'bold' : 'body';
  if (st.font !== font) {
    doc.font(font);
    st.font = font;
  }
  if (st.size !== o.size) {
    doc.fontSize(o.size);
    st.size = o.size;
  }
  setFill(doc, o.color ?? INK);
  doc.text(s, x + Math.max(0, dx), y, { lineBreak: false });
}

export function rect(doc: Doc, x: number, y: number, w: number, h: number, fill?: string): void {
  if (fill) {
    setFill(doc, fill);
    doc.rect(x, y, w, h).fill();
  }
  setStroke(doc, RULE, 0.6);
  doc.rect(x, y, w, h).stroke();
}

export function fillRect(doc: Doc, x: number, y: number, w: number, h: number, fill: string): void {
  setFill(doc, fill);
  doc.rect(x, y, w, h).fill();
}

export function hline(doc: Doc, x1: number, x2: number, y: number, width = 0.6, color = RULE): void {
  setStroke(doc, color, width);
  doc.moveTo(x1, y).lineTo(x2, y).stroke();
}

/** A dashed rule (a cut line between the copies of a receipt). */
export function dashedLine(doc: Doc, x1: number, x2: number, y: number, color = RULE): void {
  doc.save();
  doc.lineWidth(0.6).strokeColor(color).dash(4, { space: 3 }).moveTo(x1, y).lineTo(x2, y).stroke();
  doc.undash();
  doc.restore();
  resetState(doc);
}

/** A dashed box (where a seal goes). */
export function dashedRect(doc: Doc, x: number, y: number, w: number, h: number, color = RULE): void {
  doc.save();
  doc.lineWidth(0.6).strokeColor(color).dash(3, { space: 2 }).rect(x, y, w, h).stroke();
  doc.undash();
  doc.restore();
  resetState(doc);
}

/** A square check box, ticked when `on`. */
export function checkbox(doc: Doc, x: number, y: number, size: number, on: boolean): void {
  setStroke(doc, RULE, 0.6);
  doc.rect(x, y, size, size).stroke();
  if (on) {
    setStroke(doc, INK, 1.1);
    doc
      .moveTo(x + size * 0.18, y + size * 0.55)
      .lineTo(x + size * 0.42, y + size * 0.8)
      .lineTo(x + size * 0.85, y + size * 0.2)
      .stroke();
  }
}

/** A dashed circle where the center's seal is stamped (a poster's 盖章处). */
export function sealCircle(doc: Doc, cx: number, cy: number, r: number): void {
  setStroke(doc, '#999999', 0.8);
  doc.circle(cx, cy, r).dash(3, { space: 2.5 }).stroke().undash();
}
