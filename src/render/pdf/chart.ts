// A vector bar chart (spec forms-and-reports.md: "the PDF report draws the
// chart itself"): survey results, collection rates, complaint trends — and, with a
// `compare` value on each bar, this period against the previous one side by side,
// with a legend naming both series. A value of NaN (no data) draws no bar and "—".
// e.g. drawBarChart(doc, fonts, {x, y, width, height}, [{label: '1月', value: 92.5}], {title: '收缴率'})
//      drawBarChart(doc, fonts, box, [{label: '噪音', value: 5, compare: 3}], {legend: ['本期', '上期']})
import { fillRect, line, hline, type Doc, type FontSet } from './canvas.js';

export interface Bar {
  label: string;
  value: number;
  /** A second value drawn beside it (e.g. the previous period). */
  compare?: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COMPARE_COLOR = '#b8b8b8';

/** A round top for the scale: four steps of 1, 2, 3 or 5 × 10^k covering the largest value (11 → 12, 3 → 4). */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const raw = v / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 3, 5, 10].map((m) => m * p).find((x) => x >= raw - 1e-9)!;
  return step * 4;
}

export function drawBarChart(
  doc: Doc,
  fonts: FontSet,
  box: Box,
  bars: Bar[],
  o: {
    title?: string;
    max?: number;
    format?: (v: number) => string;
    color?: string;
    /** Names of the two series when bars carry `compare` (e.g. ['本期', '上期']). */
    legend?: readonly [string, string];
  } = {},
): void {
  const size = 8;
  let top = box.y;
  if (o.title) {
    line(doc, fonts, o.title, box.x, top, { size: 10, bold: true, align: 'center', width: box.width });
    top += 18;
  }
  const paired = bars.some((b) => b.compare !== undefined);
  const color = o.color ?? '#4a7ab5';
  if (paired && o.legend) {
    const lx = box.x + box.width - 120;
    o.legend.forEach((name, i) => {
      fillRect(doc, lx + i * 60, top + 1, 8, 8, i ? COMPARE_COLOR : color);
      line(doc, fonts, name, lx + i * 60 + 11, top, { size: size - 0.5, width: 48 });
    });
    top += 14;
  }
  const axisW = 34;
  const x0 = box.x + axisW;
  const bottom = box.y + box.height - size * 1.6 - 4; // room for the labels
  const plotH = bottom - top - size * 1.6; // room for value labels on top
  const max = o.max ?? niceMax(Math.max(0, ...bars.map((b) => Math.max(b.value || 0, b.compare ?? 0))));
  const fmt = o.format ?? ((v: number) => String(v));
  // grid lines and scale
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const y = bottom - (plotH * i) / 4;
    hline(doc, x0, box.x + box.width, y, 0.3, i ? '#cccccc' : '#444444');
    line(doc, fonts, fmt(Math.round(v * 100) / 100), box.x, y - size * 0.7, {
      size: size - 1,
      align: 'right',
      width: axisW - 4,
      color: '#555555',
    });
  }
  if (!bars.length) return;
  const slot = (box.width - axisW) / bars.length;
  const bw = Math.min(paired ? 22 : 40, slot * (paired ? 0.36 : 0.6));
  // a value that is not a number (no data: a rate of a month without complaints) draws no bar, only "—"
  const bar = (v: number, x: number, w: number, fill: string, labelW: number, labelX: number) => {
    if (Number.isNaN(v)) {
      line(doc, fonts, '—', labelX, bottom - size * 1.5, { size: size - 1, align: 'center', width: labelW });
      return;
    }
    const h = Math.max(0, (plotH * Math.min(v, max)) / max);
    if (h > 0) fillRect(doc, x, bottom - h, w, h, fill);
    line(doc, fonts, fmt(v), labelX, bottom - h - size * 1.5, { size: size - 1, align: 'center', width: labelW });
  };
  bars.forEach((b, i) => {
    const sx = x0 + i * slot;
    if (paired) {
      const x = sx + (slot - 2 * bw - 2) / 2;
      bar(b.value, x, bw, color, bw + 8, x - 4);
      bar(b.compare ?? 0, x + bw + 2, bw, COMPARE_COLOR, bw + 8, x + bw - 2);
    } else bar(b.value, sx + (slot - bw) / 2, bw, color, slot, sx);
    line(doc, fonts, b.label, sx, bottom + 3, { size, align: 'center', width: slot });
  });
  hline(doc, x0, box.x + box.width, bottom, 0.8);
}
