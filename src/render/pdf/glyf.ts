// CFF-outline OpenType → TrueType-outline (glyf) conversion, done once per font — by `npm run build`
// for the bundled fonts (bin/dev/build.mjs), on first use for a center's own (fonts.ts glyfFontFile):
// pdfkit subsets a glyf font several times faster than a CFF one, which is what makes one-PDF-per-unit
// batches affordable (spec quality.md, "pdfkit"). e.g. convertToGlyf(openFont(raw), raw) → the .ttf bytes
// Glyph ids, cmap and metrics are kept as they are; the outlines change (cubic Béziers approximated by quadratics within 1 font unit).
import type { FontkitFont } from './fontkit.js';

type Pt = { x: number; y: number; on: boolean };

/** Approximate a cubic by quadratics: n pieces so the error stays under `tol` font units. */
function cubicToQuads(p0: number[], p1: number[], p2: number[], p3: number[], out: Pt[], tol = 1): void {
  const dx = p3[0] - 3 * p2[0] + 3 * p1[0] - p0[0];
  const dy = p3[1] - 3 * p2[1] + 3 * p1[1] - p0[1];
  const err = (Math.sqrt(3) / 36) * Math.hypot(dx, dy);
  const n = Math.min(8, Math.max(1, Math.ceil(Math.cbrt(err / tol))));
  const at = (t: number): number[][] => {
    // de Casteljau split points for the piece [t0, t1] come from evaluating the cubic and its derivative
    const mt = 1 - t;
    const pt = [0, 1].map(
      (i) => mt * mt * mt * p0[i] + 3 * mt * mt * t * p1[i] + 3 * mt * t * t * p2[i] + t * t * t * p3[i],
    );
    const d = [0, 1].map(
      (i) => 3 * (mt * mt * (p1[i] - p0[i]) + 2 * mt * t * (p2[i] - p1[i]) + t * t * (p3[i] - p2[i])),
    );
    return [pt, d];
  };
  let [a, da] = at(0);
  for (let k = 1; k <= n; k++) {
    const t = k / n;
    const [b, db] = at(t);
    const h = 1 / n;
    // control of the quadratic: mean of the two tangent-line estimates
    const c = [0, 1].map((i) => (a[i] + (da[i] * h) / 2 + (b[i] - (db[i] * h) / 2)) / 2);
    out.push({ x: c[0], y: c[1], on: false }, { x: b[0], y: b[1], on: true });
    a = b;
    da = db;
  }
}

function contoursOf(commands: { command: string; args: number[] }[]): Pt[][] {
  const contours: Pt[][] = [];
  let cur: Pt[] = [];
  let last = [0, 0];
  const close = () => {
    if (cur.length > 1) {
      const f = cur[0];
      const l = cur[cur.length - 1];
      if (l.on && Math.round(f.x) === Math.round(l.x) && Math.round(f.y) === Math.round(l.y)) cur.pop();
    }
    if (cur.length > 1) contours.push(cur);
    cur = [];
  };
  for (const { command, args } of commands) {
    switch (command) {
      case 'moveTo':
        close();
        cur.push({ x: args[0], y: args[1], on: true });
        last = [args[0], args[1]];
        break;
      case 'lineTo':
        cur.push({ x: args[0], y: args[1], on: true });
        last = [args[0], args[1]];
        break;
      case 'quadraticCurveTo':
        cur.push({ x: args[0], y: args[1], on: false }, { x: args[2], y: args[3], on: true });
        last = [args[2], args[3]];
        break;
      case 'bezierCurveTo':
        cubicToQuads(last, [args[0], args[1]], [args[2], args[3]], [args[4], args[5]], cur);
        last = [args[4], args[5]];
        break;
      case 'closePath':
        close();
        break;
    }
  }
  close();
  return contours;
}

/** Encode one simple TrueType glyph; returns the bytes and its point/contour counts. */
function encodeGlyph(contours: Pt[][]): { bytes: Buffer; points: number; contours: number } {
  if (!contours.length) return { bytes: Buffer.alloc(0), points: 0, contours: 0 };
  const pts: Pt[] = [];
  const ends: number[] = [];
  for (const c of contours) {
    for (const p of c) {
      const q = { x: Math.round(p.x), y: Math.round(p.y), on: p.on };
      const prev = pts.length > (ends.length ? ends[ends.length - 1] + 1 : 0) ? pts[pts.length - 1] : undefined;
      if (prev && prev.x === q.x && prev.y === q.y && prev.on === q.on) continue;
      pts.push(q);
    }
    ends.push(pts.length - 1);
  }
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const p of pts) {
    xMin = Math.min(xMin, p.x);
    yMin = Math.min(yMin, p.y);
    xMax = Math.max(xMax, p.x);
    yMax = Math.max(yMax, p.y);
  }
  const flags: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let px = 0;
  let py = 0;
  const xb: Buffer[] = [];
  const yb: Buffer[] = [];
  for (const p of pts) {
    let f = p.on ? 1 : 0;
    const dx = p.x - px;
    const dy = p.y - py;
    px = p.x;
    py = p.y;
    if (dx === 0) f |= 0x10;
    else if (Math.abs(dx) < 256) {
      f |= 0x02 | (dx > 0 ? 0x10 : 0);
      xs.push(Math.abs(dx));
      xb.push(Buffer.from([Math.abs(dx)]));
    } else {
      const b = Buffer.alloc(2);
      b.writeInt16BE(dx);
      xb.push(b);
    }
    if (dy === 0) f |= 0x20;
    else if (Math.abs(dy) < 256) {
      f |= 0x04 | (dy > 0 ? 0x20 : 0);
      ys.push(Math.abs(dy));
      yb.push(Buffer.from([Math.abs(dy)]));
    } else {
      const b = Buffer.alloc(2);
      b.writeInt16BE(dy);
      yb.push(b);
    }
    flags.push(f);
  }
  const head = Buffer.alloc(10 + 2 * ends.length + 2);
  head.writeInt16BE(ends.length, 0);
  head.writeInt16BE(xMin, 2);
  head.writeInt16BE(yMin, 4);
  head.writeInt16BE(xMax, 6);
  head.writeInt16BE(yMax, 8);
  ends.forEach((e, i) => head.writeUInt16BE(e, 10 + 2 * i));
  head.writeUInt16BE(0, 10 + 2 * ends.length); // no instructions
  const body = Buffer.concat([head, Buffer.from(flags), ...xb, ...yb]);
  const pad = (4 - (body.length % 4)) % 4;
  return { bytes: pad ? Buffer.concat([body, Buffer.alloc(pad)]) : body, points: pts.length, contours: ends.length };
}

function checksum(b: Buffer): number {
  let sum = 0;
  const padded = b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/**
 * Tables copied byte for byte from the OpenType font (glyph ids do not change).
 * GSUB/GPOS are left out on purpose: forms need no OpenType shaping (Chinese has
 * none to do; Latin loses only kerning), and without them fontkit lays text out
 * several times faster — a cost every string of every PDF pays.
 */
const KEEP = ['OS/2', 'cmap', 'hhea', 'hmtx', 'name', 'post'];

export function convertToGlyf(font: FontkitFont, raw: Buffer): Buffer {
  const dir = font.directory.tables as Record<string, { offset: number; length: number }>;
  const tables: Record<string, Buffer> = {};
  for (const tag of KEEP) if (dir[tag]) tables[tag] = raw.subarray(dir[tag].offset, dir[tag].offset + dir[tag].length);

  const n = font.numGlyphs;
  const glyphs: Buffer[] = [];
  const loca = Buffer.alloc(4 * (n + 1));
  let off = 0;
  let maxPoints = 0;
  let maxContours = 0;
  const cache = (font as unknown as { _glyphs?: Record<number, unknown> })._glyphs;
  for (let i = 0; i < n; i++) {
    const g = encodeGlyph(contoursOf(font.getGlyph(i).path.commands));
    if (cache) delete cache[i]; // fontkit keeps every glyph it made: let them go (memory)
    loca.writeUInt32BE(off, 4 * i);
    glyphs.push(g.bytes);
    off += g.bytes.length;
    maxPoints = Math.max(maxPoints, g.points);
    maxContours = Math.max(maxContours, g.contours);
  }
  loca.writeUInt32BE(off, 4 * n);
  tables.glyf = Buffer.concat(glyphs);
  tables.loca = loca;

  const head = Buffer.from(raw.subarray(dir.head.offset, dir.head.offset + dir.head.length));
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
  tables.head = head;

  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  maxp.writeUInt16BE(n, 4);
  maxp.writeUInt16BE(maxPoints, 6);
  maxp.writeUInt16BE(maxContours, 8);
  maxp.writeUInt16BE(2, 14); // maxZones
  tables.maxp = maxp;

  const tags = Object.keys(tables).sort();
  const numTables = tags.length;
  const es = Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(16 * 2 ** es, 6);
  header.writeUInt16BE(es, 8);
  header.writeUInt16BE(numTables * 16 - 16 * 2 ** es, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const r = 12 + 16 * i;
    header.write(tag.padEnd(4, ' '), r, 'latin1');
    header.writeUInt32BE(checksum(data), r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(data.length, r + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  });
  const out = Buffer.concat(parts);
  const headOff = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOff + 8);
  return out;
}
