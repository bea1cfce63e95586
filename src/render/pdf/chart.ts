// A vector bar chart (spec forms-and-reports.md: "the PDF report draws the
// chart itself"): survey results, collection rates, complaint trends.
// e.g. drawBarChart(doc, fonts, {x, y, width, height}, [{label: '1月', value: 92.5}], {title: '收缴率'})
import { fillRect, line, hline, type Doc, type FontSet } from './canvas.js';

export interface Bar {
  label: string;
  value: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function drawBarChart(
  doc: Doc,
  fonts: FontSet,
  box: Box,
  bars: Bar[],
  o: { title?: string; max?: number; format?: (v: number) => string; color?: string } = {},
): void {
  const size = 8;
  let top = box.y;
  if (o.title) {
    line(doc, fonts, o.title, box.x, top, { size: 10, bold: true, align: 'center', width: box.width });
    top += 18;
  }
  const axisW = 34;
  const x0 = box.x + axisW;
  const bottom = box.y + box.height - size * 1.6 - 4; // room for the labels
  const plotH = bottom - top - size * 1.6; // room for value labels on top
  const max = o.max ?? Math.max(1, ...bars.map((b) => b.value));
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
  const bw = Math.min(40, slot * 0.6);
  bars.forEach((b, i) => {
    const h = Math.max(0, (plotH * Math.min(b.value, max)) / max);
    const x = x0 + i * slot + (slot - bw) / 2;
    if (h > 0) fillRect(doc, x, bottom - h, bw, h, o.color ?? '#4a7ab5');
    line(doc, fonts, fmt(b.value), x0 + i * slot, bottom - h - size * 1.5, {
      size: size - 1,
      align: 'center',
      width: slot,
    });
    line(doc, fonts, b.label, x0 + i * slot, bottom + 3, { size, align: 'center', width: slot });
  });
  hline(doc, x0, box.x + box.width, bottom, 0.8);
}
