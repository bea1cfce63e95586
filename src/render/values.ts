// Values printed on forms and reports (templates/forms/README.md "Formats"):
// dotted-path lookup into the data model, formats (date, money, 大写, area,
// labels) and {{placeholder}} filling — pure, shared by the PDF and xlsx writers.
import type { Lang } from '../core/i18n.js';
import { labelZh, LABELS } from '../core/labels.js';
import { amountInWords, formatYuan, parseMoney } from '../core/money.js';

/** The value at a dotted path (`owners.0.name`); undefined when any step is missing. */
export function lookup(data: unknown, path: string | undefined): unknown {
  if (!path) return undefined;
  let v: unknown = data;
  for (const k of path.split('.')) {
    if (v === null || v === undefined || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

const toFen = (v: unknown): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && /^-?\d+(\.\d{1,2})?$/.test(v)
      ? parseMoney(v.startsWith('-') ? v.slice(1) : v) * (v.startsWith('-') ? -1 : 1)
      : undefined;

/** A value as printed text in the given format; '' when there is none. */
export function formatValue(v: unknown, format: string | undefined, lang: Lang = 'zh'): string {
  if (v === undefined || v === null || v === '') return '';
  if (Array.isArray(v))
    return v
      .map((x) => formatValue(x, format, lang))
      .filter(Boolean)
      .join(lang === 'zh' ? '、' : ', ');
  switch (format ?? 'text') {
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
      if (!m) return String(v);
      return lang === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${m[1]}-${m[2]}-${m[3]}`;
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(String(v));
      if (!m) return String(v);
      return lang === 'zh' ? `${m[1]}年${Number(m[2])}月` : `${m[1]}-${m[2]}`;
    }
    case 'money': {
      const f = toFen(v);
      return f === undefined ? String(v) : formatYuan(f);
    }
    case 'money_upper': {
      const f = toFen(v);
      return f === undefined ? String(v) : amountInWords(f);
    }
    case 'area':
      return `${v} m²`;
    case 'yesno':
      return v === true ? (lang === 'zh' ? '是' : 'yes') : v === false ? (lang === 'zh' ? '否' : 'no') : String(v);
    case 'text':
      return typeof v === 'object' ? '' : String(v);
    default:
      if (format!.startsWith('label:')) {
        const cat = format!.slice(6);
        const m = LABELS[cat]?.[String(v)];
        return m ? m[lang] : lang === 'zh' ? labelZh(cat, String(v)) : String(v);
      }
      return String(v);
  }
}

export const BLANK = '________';

/** Fill `{{path}}` / `{{path|format}}` from the data; a missing value becomes a blank to write in. */
export function fillPlaceholders(text: string, data: unknown, lang: Lang = 'zh', blank = BLANK): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*(?:\|\s*([\w:-]+)\s*)?\}\}/g, (_, path: string, fmt?: string) => {
    const s = formatValue(lookup(data, path), fmt, lang);
    return s === '' ? blank : s;
  });
}
