// Reading a .csv list (spec 01 "unit import"): CSV saved by a Chinese Excel is
// usually GBK, sometimes UTF-8 with a BOM, or UTF-16 ("Unicode text", tabs).
// Detect: BOM → that; valid UTF-8 → UTF-8; else GBK (GB18030) via iconv-lite.
// e.g. wuye unit import 房屋清单.csv
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Sheet } from './sheet.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a CSV file and the encoding it was in. */
export function decodeCsv(buf: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(buf), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 */
  }
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gbk' };
}

/** Parse the text: the delimiter is what the first line has most of (comma, tab, semicolon). */
export function parseCsv(text: string, label = 'CSV'): Sheet {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: counts[0][0],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    throw new RuleError(
      msg(
        `${label}:${line}: CSV 格式错误（${(e as Error).message}）`,
        `${label}:${line}: malformed CSV (${(e as Error).message})`,
      ),
      msg(
        '检查该行的引号是否成对；或在 Excel 中打开后重新另存为 CSV',
        'check that the quotes on that line pair up, or open the file in Excel and save it as CSV again',
      ),
    );
  }
  return { rows: records.map((cells, i) => ({ row: i + 1, cells })), merges: [] };
}
