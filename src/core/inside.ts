// Every file the store reads or writes stays inside the records root (quality.md "Security": every write
// stays inside the records root; issue 12 "Symlinks"): a record, or a folder on its way, that is a symbolic
// link leading outside the root is refused — a record linked to /etc/passwd is never shown, a write through
// a linked folder never lands outside. One look per folder (kept), none per file: a record is opened with
// O_NOFOLLOW, and only a file that is itself a link is resolved. e.g. new RootGuard(root).read('units/1/1-1-0101.yaml')
import { closeSync, constants, openSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InvalidRecordError } from './errors.js';
import { msg } from './i18n.js';

const NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** Is `p` (a resolved path) the root or inside it? */
export const isInside = (realRoot: string, p: string): boolean => p === realRoot || p.startsWith(realRoot + sep);

/** The refusal: a path of the root that leads outside it. */
export function outsideRoot(rel: string, target: string): InvalidRecordError {
  return new InvalidRecordError(
    msg(
      `经符号链接指向记录库之外（${target}），拒绝读写`,
      `leads outside the records root through a symbolic link (${target}); refused`,
    ),
    msg(
      '记录库中的文件和目录不能是指向库外的符号链接：删除该链接（git rm），换成真正的文件或目录（wuye validate 列出全部链接）',
      'files and folders of the records root may not be links leading outside it: remove the link (git rm) and put a real file or folder there (wuye validate lists every link)',
    ),
    { file: rel },
  );
}

/** Where a path really is: its nearest existing part resolved (links followed), the rest appended. */
export function realLocation(abs: string): string {
  const rest: string[] = [];
  for (let p = abs; ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return abs;
      rest.push(basename(p));
    }
  }
}

/**
 * A path wuye.yaml gives (templates:, pdf.font), resolved inside the root; refused (exit 1) when it leads
 * outside, through `..`, an absolute path or a link: a shared repository's configuration must not make wuye
 * read any file of the machine it runs on (issue 12 "Paths and links" 11).
 */
export function configPath(root: string, value: string, field: string): string {
  const abs = resolve(root, value);
  const real = realLocation(abs);
  if (!isInside(realLocation(resolve(root)), real))
    throw new InvalidRecordError(
      msg(
        `${field} 指向记录库之外（${real}），拒绝读取`,
        `${field} leads outside the records root (${real}); not read`,
      ),
      msg(
        '把文件放进记录库（如 templates/ 或 fonts/）并提交，写相对记录库的路径',
        'put the file inside the records root (e.g. templates/ or fonts/), commit it, and give its path relative to the root',
      ),
      { file: 'wuye.yaml' },
    );
  return abs;
}

export class RootGuard {
  private realRoot?: string;
  /** Folders (relative) already seen to resolve inside the root. */
  private readonly dirs = new Set<string>();

  constructor(readonly root: string) {}

  private real(): string {
    return (this.realRoot ??= realpathSync(this.root));
  }

  /** A folder of the root (relative; it may not exist yet): refused when it, or its nearest existing parent, resolves outside. */
  checkDir(relDir: string): void {
    if (relDir === '' || relDir === '.' || this.dirs.has(relDir)) return;
    for (let d = relDir; ; d = dirname(d)) {
      let target: string;
      try {
        target = realpathSync(join(this.root, d));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if ((code === 'ENOENT' || code === 'ENOTDIR') && d !== '.' && d !== '') continue; // made by the write
        throw e;
      }
      if (!isInside(this.real(), target)) throw outsideRoot(d, target);
      if (d === relDir) this.dirs.add(relDir);
      return;
    }
  }

  /** The bytes of a file of the root; refused when a link takes it outside. */
  read(rel: string): Buffer {
    this.checkDir(dirname(rel));
    const abs = join(this.root, rel);
    let fd: number | undefined;
    try {
      fd = openSync(abs, NOFOLLOW);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOOP') throw e;
    }
    if (fd !== undefined) {
      try {
        return readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // the file itself is a link: followed only while it stays inside
    const target = realpathSync(abs);
    if (!isInside(this.real(), target)) throw outsideRoot(rel, target);
    return readFileSync(abs);
  }
}
