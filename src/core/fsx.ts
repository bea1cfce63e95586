// Atomic file writes (records.md "Writes are safe"): write a temporary file in
// the same folder, flush it, rename it over the old one, then flush the folder,
// so a crash leaves the old file or the new one, never half of one.
// A transaction of many files uses the two halves (writeTemp, then renameTemp
// for all) so that its journal can roll every file forward or none (store.ts).
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { spawnSync } from './proc.js';

let seq = 0;

/** The temporary name for `path` (same folder, hidden, ends in .tmp, carries our pid). */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++seq}.tmp`);
}

/** Write and flush content to a new temporary file next to `path`; returns its path. Nothing else is touched. */
export function writeTemp(path: string, content: string | Uint8Array, sync = true): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = tempNameFor(path);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    // writeSync may write less than asked (large buffers, signals): loop until all is out.
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    if (sync) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  closeSync(fd);
  return tmp;
}

/** Put a written temporary file in place (atomic rename); on failure the temporary file is removed. */
export function renameTemp(tmp: string, path: string): void {
  try {
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

export function writeFileAtomic(path: string, content: string | Uint8Array, opts: { syncDir?: boolean } = {}): void {
  const tmp = writeTemp(path, content);
  renameTemp(tmp, path);
  if (opts.syncDir !== false) syncDir(dirname(path));
}

export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems refuse a directory fsync; the rename is still atomic */
  }
}

/** Is this the name of one of our temporary files (left by a killed writer)? */
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Flush many files at once: one syncfs of the file system (coreutils `sync -f`)
 * instead of an fsync per file — 10,000 fsyncs cost ~50 s on a busy disk, one
 * syncfs a fraction of a second. Falls back to fsync of each file.
 */
export function flushFiles(root: string, files: string[]): void {
  const r = spawnSync('sync', ['-f', root], { stdio: 'ignore' });
  if (r.status === 0) return;
  for (const f of files) {
    const fd = openSync(f, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
