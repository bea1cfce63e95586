// The shapes of `wuye validate` (records.md "Validation — in layers"): a check is
// a plain function from one record to a list of problems (beancount style:
// errors are data, all are reported, exit 1 if any is an error).
// e.g. a procedure's checks.ts: export const checks: Check[] = [{ name: 'fee/paid-once', kinds: ['fee-account'], ... }]
import type { Msg } from '../i18n.js';
import { locate, type Problem } from '../yamlio.js';

export type { Problem };

/** One parsed record as a check sees it: where it is, its text (to locate problems) and its data. */
export interface RecordInfo<T = Record<string, unknown>> {
  rel: string; // relative to the records root, e.g. units/1/1-2-0801.yaml
  kind: string;
  id: string; // from the file name
  data: T;
  text: string;
}

/** What a check may ask about the rest of the estate (lookups are lazy: `--changed` reads only what is asked). */
export interface CheckEnv {
  /** Does a record of this kind with this id exist (its file is where the id says)? */
  exists(kind: string, id: string): boolean;
  /** Another record, parsed (undefined if missing or unreadable). */
  get<T = Record<string, unknown>>(kind: string, id: string): RecordInfo<T> | undefined;
  /** wuye.yaml as written (no defaults filled in); undefined if it is broken. */
  config: Record<string, unknown> | undefined;
  /**
   * Leave a fact for this check's `settle` step (one line of text on a channel the check names, e.g.
   * `fee/payments`): the thread that checks a record posts what other records are matched against, and the
   * caller matches them once every thread is done — no thread reads another thread's records to do it.
   */
  post(channel: string, value: string): void;
}

/** What `settle` is given: the posted facts of every thread, and lookups in the caller's thread. */
export interface SettleEnv extends CheckEnv {
  /** Every value posted on a channel in this run (every thread's, in no particular order). */
  posted(channel: string): readonly string[];
  /** A file's text, to locate a problem in it (problemAt); undefined if it cannot be read. */
  file(rel: string): Pick<RecordInfo, 'rel' | 'text'> | undefined;
}

/** A value of a record that no other record of the check's kinds may hold (e.g. a national id number). */
export interface UniqueKey {
  /** The value compared (kept in memory only). */
  key: string;
  /** Where it is in the record (to locate the problem). */
  pointer: string;
  /** How a message shows it (personal data masked). */
  shown: string;
}

/** A domain check (layer 4): runs on every valid record of its kinds, returns problems. */
export interface Check {
  /** `<procedure>/<what>`, e.g. `registry/owner-shares`. */
  name: string;
  kinds: readonly string[];
  description: Msg;
  record?(r: RecordInfo, env: CheckEnv): Problem[];
  /**
   * Matching across records, once after every file was checked, in the caller (so records checked by
   * different threads meet without either thread reading the other's): from what `record` posted, and
   * `env.get` for the records this run did not check (a partial run) or that did not post (invalid ones).
   */
  settle?(env: SettleEnv): Problem[];
  /**
   * Values unique across records (a check of one record against all others, decided over every file and
   * every thread): each record holding a value another record holds gets an error naming the other files.
   */
  unique?: {
    keys(r: RecordInfo): UniqueKey[];
    message(shown: string, rel: string, others: readonly string[]): { message: Msg; hint?: Msg };
  };
}

/**
 * Declare a check over records of type T: the validator calls it only with
 * schema-valid records of its kinds, so the record arrives typed.
 */
export function defineCheck<T>(
  c: Omit<Check, 'record' | 'unique'> & {
    record?(r: RecordInfo<T>, env: CheckEnv): Problem[];
    unique?: {
      keys(r: RecordInfo<T>): UniqueKey[];
      message(shown: string, rel: string, others: readonly string[]): { message: Msg; hint?: Msg };
    };
  },
): Check {
  return c as unknown as Check;
}

/** A problem about the value at a JSON pointer of a record (`/owners/1/share`), located to line:column. */
export function problemAt(
  r: Pick<RecordInfo, 'rel' | 'text'>,
  pointer: string,
  code: string,
  message: Msg,
  hint?: Msg,
  severity: 'error' | 'warning' = 'error',
): Problem {
  const pos = locate(r.text, pointer);
  return { file: r.rel, line: pos.line, column: pos.column, severity, code, message, hint };
}

/** A problem about a whole file (line 1, column 1). */
export function fileProblem(
  rel: string,
  code: string,
  message: Msg,
  hint?: Msg,
  severity: 'error' | 'warning' = 'error',
): Problem {
  return { file: rel, line: 1, column: 1, severity, code, message, hint };
}
