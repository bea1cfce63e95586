// Atomic file writes (records.md "Writes are safe"): write a temporary file in
// the same folder, flush it, rename it over the old one, then flush the folder,
// so a crash leaves the old file or the new one, never half of one.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

let seq = 0;

export function writeFileAtomic(path: string, content: string | Uint8Array, opts: { syncDir?: boolean } = {}): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${++seq}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
  if (opts.syncDir !== false) syncDir(dir);
}

export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* some file systems refuse a directory fsync; the rename is still atomic */ }
}

/** Is this the name of one of our temporary files (left by a killed writer)? */
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');
