// One error hierarchy for the whole tool; src/cli/run.ts is the one place
// that turns these into messages and exit codes (cli.md, "Errors and exit codes").
import { type Msg, msg } from './i18n.js';

export interface Where {
  file: string;
  line?: number;
  column?: number;
}

export abstract class WuyeError extends Error {
  abstract readonly exitCode: number;
  constructor(
    readonly text: Msg,
    readonly hint?: Msg,
    readonly where?: Where,
  ) {
    super(text.en);
  }
}

/** Exit 1: the records or the request break a rule. */
export class RuleError extends WuyeError {
  readonly exitCode = 1;
}
/** Exit 1: a record file is invalid (validation found errors). */
export class InvalidRecordError extends WuyeError {
  readonly exitCode = 1;
}
/** Exit 2: bad usage — unknown option, bad value, missing value with --no-input. */
export class UsageError extends WuyeError {
  readonly exitCode = 2;
}
/** Exit 3: no such record, unit, person, template. */
export class NotFoundError extends WuyeError {
  readonly exitCode = 3;
}
/** Exit 4: lock held too long, uncommitted hand edits, newer records format. */
export class ConflictError extends WuyeError {
  readonly exitCode = 4;
}
/** Exit 4: the machine refuses — disk full, a read-only or forbidden folder (never reported as a bug). */
export class EnvironmentError extends WuyeError {
  readonly exitCode = 4;
}
/** Exit 0 after the user declined a confirmation: nothing was done. */
export class CancelledError extends WuyeError {
  readonly exitCode = 0;
}

/** Exit 130: the person pressed Ctrl-C at a prompt (as a shell reports SIGINT); nothing was done. */
export class InterruptedError extends WuyeError {
  readonly exitCode = 130;
}

export const notFound = (what: Msg, hint?: Msg) => new NotFoundError(what, hint);

/** Format a location the way editors and `hledger` do: file:line:column. */
export function formatWhere(w: Where): string {
  if (w.line === undefined) return w.file;
  return `${w.file}:${w.line}:${w.column ?? 1}`;
}

export const internalHint = msg(
  '这是 wuye 的缺陷；设置 WUYE_DEBUG=1 重新运行可看到详细信息',
  'this is a bug in wuye; run again with WUYE_DEBUG=1 for details',
);

/** An error as plain data, to cross a worker thread (a structured clone drops the class). */
export interface PlainError {
  type: string;
  text?: Msg;
  hint?: Msg;
  where?: Where;
  message: string;
  stack?: string;
}

const CLASSES: Record<string, new (text: Msg, hint?: Msg, where?: Where) => WuyeError> = {
  RuleError,
  InvalidRecordError,
  UsageError,
  NotFoundError,
  ConflictError,
  EnvironmentError,
  CancelledError,
  InterruptedError,
};

export function toPlainError(e: unknown): PlainError {
  if (e instanceof WuyeError)
    return { type: e.constructor.name, text: e.text, hint: e.hint, where: e.where, message: e.message };
  const err = e instanceof Error ? e : new Error(String(e));
  return { type: 'Error', message: err.message, stack: err.stack };
}

/** The error a worker reported, as its own class again (so its exit code and location survive). */
export function fromPlainError(p: PlainError): Error {
  const C = CLASSES[p.type];
  if (C && p.text) return new C(p.text, p.hint, p.where);
  const e = new Error(p.message);
  if (p.stack) e.stack = p.stack;
  return e;
}

/** A refusal of the machine (errno) as the error it is, or undefined for anything else. */
export function fromSystemError(e: unknown): EnvironmentError | undefined {
  const x = e as NodeJS.ErrnoException;
  const where = x?.path ? ` ${x.path}` : '';
  switch (x?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new EnvironmentError(
        msg(`磁盘已满，无法写入${where}`, `the disk is full; cannot write${where}`),
        msg(
          '腾出磁盘空间后重试；未完成的写入会由下一个命令回滚或补完',
          'free some disk space and retry; the next command rolls back or finishes what was cut short',
        ),
      );
    case 'EROFS':
      return new EnvironmentError(
        msg(`只读文件系统，无法写入${where}`, `read-only file system; cannot write${where}`),
        msg('换到可写的位置，或重新挂载为可写', 'use a writable place, or remount it writable'),
      );
    case 'EACCES':
    case 'EPERM':
      return new EnvironmentError(
        msg(`没有权限${where ? `访问${where}` : ''}`, `permission denied${where ? `:${where}` : ''}`),
        msg(
          '用有权限的用户运行，或修改该文件或目录的权限',
          'run as a user who may, or change the permissions of that file or folder',
        ),
      );
    default:
      return undefined;
  }
}
