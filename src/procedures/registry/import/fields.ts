// The columns of a developer's unit/buyer list (开发企业的房屋/购房人清单) and the
// header names they go by, Chinese and English (spec 01 "unit import": column
// mapping by header names), with the synonyms other systems' templates use (HC
// MicroCommunity: 房间, 业主名称, 室内面积, 房屋户型; issue 11 item 19) and the user's
// own --map. Pure: header cells in, a field → column map out, unknown columns set aside.
// e.g. 楼栋 | 单元 | 房号 | 建筑面积（㎡）| 购房人 | 身份证号码 | 联系电话
import { msg, type Msg } from '../../../core/i18n.js';
import { closest } from '../../../core/schemas.js';

export type FieldKey =
  | 'unit'
  | 'building'
  | 'entrance'
  | 'room'
  | 'floor'
  | 'type'
  | 'area'
  | 'usable_area'
  | 'layout'
  | 'state'
  | 'name'
  | 'gender'
  | 'national_id'
  | 'phone'
  | 'company'
  | 'licence'
  | 'since'
  | 'fee_start'
  | 'notes';

export interface FieldDef {
  key: FieldKey | 'ignore';
  label: Msg;
  aliases: string[];
}

/** The first alias is the name suggested to users; all are compared after normalize(). */
export const FIELDS: readonly FieldDef[] = [
  {
    key: 'unit',
    label: msg('房号', 'unit'),
    aliases: ['房号', '房屋编号', '房屋代码', '房产编号', '房屋号', '房屋编码', 'unit', 'unitid', 'unitno'],
  },
  {
    key: 'building',
    label: msg('楼栋', 'building'),
    aliases: ['楼栋', '栋号', '楼栋号', '楼号', '栋', '幢', '幢号', 'building'],
  },
  { key: 'entrance', label: msg('单元', 'entrance'), aliases: ['单元', '单元号', 'entrance'] },
  { key: 'room', label: msg('室', 'room'), aliases: ['室', '室号', '房间号', '房间', '门牌号', 'room'] },
  { key: 'floor', label: msg('楼层', 'floor'), aliases: ['楼层', '所在楼层', '层', 'floor'] },
  { key: 'type', label: msg('类型', 'type'), aliases: ['类型', '物业类型', '房屋类型', '房屋用途', '用途', 'type'] },
  { key: 'area', label: msg('建筑面积', 'area'), aliases: ['建筑面积', '面积', '产权面积', 'area', 'grossarea'] },
  {
    key: 'usable_area',
    label: msg('套内面积', 'usable area'),
    aliases: ['套内面积', '室内面积', '套内建筑面积', '使用面积', 'usablearea'],
  },
  { key: 'layout', label: msg('户型', 'layout'), aliases: ['户型', '房屋户型', 'layout'] },
  { key: 'state', label: msg('房屋状态', 'state'), aliases: ['房屋状态', '状态', 'state'] },
  {
    key: 'name',
    label: msg('业主姓名', 'owner name'),
    aliases: ['业主姓名', '业主名称', '购房人', '购房人姓名', '姓名', '业主', '客户姓名', 'name', 'owner', 'buyer'],
  },
  { key: 'gender', label: msg('性别', 'gender'), aliases: ['性别', 'gender', 'sex'] },
  {
    key: 'national_id',
    label: msg('身份证号', 'national id'),
    aliases: ['身份证号', '身份证号码', '证件号码', '证件号', '身份证', 'nationalid', 'idnumber'],
  },
  {
    key: 'phone',
    label: msg('手机', 'mobile'),
    aliases: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', 'phone', 'mobile'],
  },
  { key: 'company', label: msg('单位名称', 'company'), aliases: ['单位名称', '公司名称', '企业名称', 'company'] },
  {
    key: 'licence',
    label: msg('营业执照号', 'licence'),
    aliases: ['营业执照号', '统一社会信用代码', '营业执照号码', '营业执照', '信用代码', 'licence', 'license'],
  },
  {
    key: 'since',
    label: msg('购房日期', 'purchase date'),
    aliases: ['购房日期', '签约日期', '合同日期', '购买日期', 'since', 'purchasedate'],
  },
  {
    key: 'fee_start',
    label: msg('物业费起算日', 'fee start'),
    aliases: ['物业费起算日', '管理费起算日', '物业费起算日期', '起算日期', 'feestart'],
  },
  { key: 'notes', label: msg('备注', 'notes'), aliases: ['备注', '说明', 'notes', 'note', 'remark', 'remarks'] },
  { key: 'ignore', label: msg('序号', 'no.'), aliases: ['序号', 'no', 'no.', '#'] },
];

/** What --map may name as a column's field: a field by any of its names, or 忽略/ignore (the column is skipped). */
export const IGNORE: FieldDef = { key: 'ignore', label: msg('忽略', 'ignore'), aliases: ['忽略', 'ignore'] };
export function fieldByName(name: string): FieldDef | undefined {
  const n = normalize(name);
  return IGNORE.aliases.includes(n)
    ? IGNORE
    : FIELDS.find((f) => f.key === n || f.aliases.some((a) => normalize(a) === n));
}

/** The columns an import reads, for `wuye unit import --help`: each field and the header names it goes by. */
export function columnsHelp(): Msg {
  const rows = (lg: 'zh' | 'en') =>
    FIELDS.map((f) => `  ${f.label[lg]}: ${f.aliases.join(lg === 'zh' ? '、' : ', ')}`).join('\n');
  return msg(
    `读取的列（第一行为表头，以下任一名称即可；顺序不限，括号中的单位不计）：\n${rows('zh')}\n房号可写成一列（1-2-0801），或分为楼栋、单元、室三列。\n其他的列跳过并警告（--strict 则拒绝）；用 --map 列=字段 读作某字段（=忽略 则不提示），--map 列:代码=值 把代码换成值（如 --map 房屋类型:110=住宅）。表格右侧隔着空列的说明不读。`,
    `Columns it reads (the first row is the header; any of these names; in any order; a unit in brackets is ignored):\n${rows('en')}\nThe unit is one column (1-2-0801), or three: building, entrance, room.\nOther columns are skipped with a warning (refused with --strict); --map HEADER=FIELD reads one as a field (=ignore skips it quietly), --map HEADER:CODE=VALUE turns a code into a value (e.g. --map 房屋类型:110=住宅). Notes to the right of the table, past an empty column, are not read.`,
  );
}

const byAlias = new Map<string, FieldDef>();
for (const f of FIELDS) for (const a of f.aliases) byAlias.set(normalize(a), f);

/** 建筑面积（㎡） → 建筑面积; " Unit ID " → unitid; *姓名 → 姓名. */
export function normalize(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]\s*$/u, '')
    .replace(/[\s_\-*:：]/g, '')
    .toLowerCase();
}

export function fieldLabel(key: FieldKey): Msg {
  return FIELDS.find((f) => f.key === key)!.label;
}

export interface HeaderProblem {
  col: number;
  message: Msg;
}
export interface HeaderMap {
  cols: Map<FieldKey, number>;
  problems: HeaderProblem[];
  /** Columns whose header is no known field (not a misspelling of one): skipped with a warning, refused with --strict. */
  unknown: { col: number; text: string }[];
}

/**
 * Map a header row's cells to fields; repeated headers and misspelled known ones are problems, unknown ones are set
 * aside (problems too when `strict`). `map` (normalized header → field) is the user's --map and wins over the aliases.
 */
export function mapHeaders(
  headers: (string | undefined)[],
  opts: { map?: ReadonlyMap<string, FieldDef>; strict?: boolean } = {},
): HeaderMap {
  const cols = new Map<FieldKey, number>();
  const problems: HeaderProblem[] = [];
  const unknown: { col: number; text: string }[] = [];
  headers.forEach((h, col) => {
    if (h === undefined || h.trim() === '') return;
    const f = opts.map?.get(normalize(h)) ?? byAlias.get(normalize(h));
    if (!f) {
      unknown.push({ col, text: h.trim() });
      return;
    }
    if (f.key === 'ignore') return;
    const prev = cols.get(f.key);
    if (prev !== undefined) {
      problems.push({
        col,
        message: msg(
          `列标题 "${h.trim()}" 与第 ${colLetter(prev)} 列重复（都是${f.label.zh}）`,
          `header "${h.trim()}" repeats column ${colLetter(prev)} (both are ${f.label.en})`,
        ),
      });
      return;
    }
    cols.set(f.key, col);
  });
  const all = FIELDS.flatMap((f) => f.aliases.map((a) => ({ a, f })));
  const set: { col: number; text: string }[] = [];
  for (const u of unknown) {
    const word = normalize(u.text);
    const near = closest(
      word,
      all.map((x) => normalize(x.a)),
    );
    // Short (Chinese) headers: only one character off counts as a misspelling (总价 is not 单元).
    const hit = near && (word.length > 4 || oneEdit(word, near)) ? all.find((x) => normalize(x.a) === near) : undefined;
    // A misspelled known header is data meant for the import: refused, never skipped.
    if (hit && !cols.has(hit.f.key as FieldKey))
      problems.push({
        col: u.col,
        message: msg(
          `未知的列标题 "${u.text}"，是否应为 "${hit.f.aliases[0]}"？`,
          `unknown header "${u.text}"; did you mean "${hit.f.aliases[0]}"?`,
        ),
      });
    else if (!opts.strict) set.push(u);
    else
      problems.push({
        col: u.col,
        message: msg(
          `未知的列标题 "${u.text}"（可用：${knownList('zh')}；用 --map ${u.text}=字段名 导入，或 --map ${u.text}=忽略）`,
          `unknown header "${u.text}" (known: ${knownList('en')}; --map ${u.text}=FIELD to import it, or --map ${u.text}=ignore)`,
        ),
      });
  }
  return { cols, problems, unknown: set };
}

/** a and b differ by one substitution, insertion or deletion. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

function knownList(lang: 'zh' | 'en'): string {
  return FIELDS.filter((f) => f.key !== 'ignore')
    .map((f) => (lang === 'zh' ? f.aliases[0] : (f.aliases.find((a) => /^[a-z]/.test(a)) ?? f.aliases[0])))
    .join(lang === 'zh' ? '、' : ', ');
}

/** How many of a row's cells are known (or --map'ped) headers (to find the header row below a title). */
export function knownHeaderCount(cells: (string | undefined)[], map?: ReadonlyMap<string, FieldDef>): number {
  return cells.filter((c) => c !== undefined && (byAlias.has(normalize(c)) || map?.has(normalize(c)))).length;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
