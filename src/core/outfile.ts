// What a document may overwrite (issue 12 "Paths and links" 9): a PDF only a PDF, a workbook only a
// workbook — its own earlier output, written again — never a file of another kind (a config, a record, a git
// hook, a photo). The kind is read from the file's first bytes, not its name. src/kit/outpath.ts guards every
// output path with it; the PDF batch writer asks it for every file it puts in a folder.
// e.g. checkOverwrite('/out/1-1-0101-statement.pdf', 'pdf') throws when that file is not a PDF
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { ConflictError } from './errors.js';
import { msg, type Msg } from './i18n.js';

/** The kinds of document wuye writes. */
export type DocKind = 'pdf' | 'xlsx';

const KIND_LABEL: Record<DocKind | 'zip' | 'other' | 'empty', Msg> = {
  pdf: msg('PDF 文件', 'PDF'),
  xlsx: msg('Excel 工作簿', 'Excel workbook'),
  zip: msg('压缩文件（非 Excel 工作簿）', 'zip archive (not an Excel workbook)'),
  other: msg('其他文件', 'another kind of file'),
  empty: msg('空文件', 'empty file'),
};

/** What an existing file is, from its first bytes; 'empty' for a file with nothing to lose. */
export function fileKind(path: string): DocKind | 'zip' | 'other' | 'empty' {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(8);
  let n: number;
  try {
    n = readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  if (n === 0) return 'empty';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // an xlsx names its parts in the zip's directories, uncompressed
    return readFileSync(path).includes('xl/workbook.xml') ? 'xlsx' : 'zip';
  }
  return 'other';
}

/** Refuse (exit 4, naming the path) to replace an existing file that is not of the kind about to be written there. */
export function checkOverwrite(path: string, kind: DocKind, shownAs = path): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    return; // nothing there
  }
  if (st.isDirectory())
    throw new ConflictError(
      msg(`${shownAs} 是一个目录，不能写成文件`, `${shownAs} is a folder; a file cannot be written over it`),
      msg('给出一个文件名', 'give a file name'),
    );
  const found = st.isFile() ? fileKind(path) : 'other';
  // an empty file is nothing to lose when it is named as what is written (touch out.pdf), not a .gitkeep
  if (found === kind || (found === 'empty' && path.toLowerCase().endsWith(`.${kind}`))) return;
  const zh = (m: Msg) => (/^[A-Za-z]/.test(m.zh) ? ` ${m.zh} ` : m.zh); // a space around Latin words
  throw new ConflictError(
    msg(
      `${shownAs} 已存在，是${zh(KIND_LABEL[found])}而不是${zh(KIND_LABEL[kind])}：拒绝覆盖`.replace(/ ：/, '：'),
      `${shownAs} exists and is ${found === 'other' ? 'another kind of file' : `a ${KIND_LABEL[found].en}`}, not a ${KIND_LABEL[kind].en}: not overwritten`,
    ),
    msg('换一个文件名或目录（--out/--xlsx）', 'choose another file name or folder (--out/--xlsx)'),
  );
}
