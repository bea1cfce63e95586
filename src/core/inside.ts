// Every file the store reads or writes stays inside the records root (quality.md "Security": every write
// stays inside the records root; issue 12 "Symlinks"): a record, or a folder on its way, that is a symbolic
// link leading outside the root is refused — a record linked to /etc/passwd is never shown, a write through
// a linked folder never lands outside. One look per folder (kept), none per file: a record is opened with
// O_NOFOLLOW, and only a file that is itself a link is resolved. e.g. new RootGuard(root).read('units/1/1-1-0101.yaml')
import { closeSync, constants, openSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { InvalidRecordError } from './errors.js';
import { msg } from './i18n.js';

const NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** Is `p` (a resolved path) the root or inside it? */
export const isInside = (realRoot: string, p: string): boolean => p === realRoot || p.startsWith(realRoot + sep);

/** The refusal: a path of the root that leads outside it. */
export function outsideRoot(rel: string, target: string): InvalidRecordError {
  return new InvalidRecordError(
    msg(
      `${rel} 经符号链接指向记录库之外（${target}），拒绝读写`,
      `${rel} leads outside the records root through a symbolic link (${target}); refused`,
    ),
    msg(
      '记录库中的文件和目录不能是指向库外的符号链接：删除该链接（git rm），换成真正的文件或目录（wuye validate 列出全部链接）',
      'files and folders of the records root may not be links leading outside it: remove the link (git rm) and put a real file or folder there (wuye validate lists every link)',
    ),
    { file: rel },
  );
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
