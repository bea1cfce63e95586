// References to people from other records must resolve (records.md validation layer 3): a person id
// typed in an option is checked by the command's parse, and must name a registered person when written.
// e.g. wuye unit transfer 1-2-0801 --to P000200 → "--to: 没有人员 P000200" unless P000200 is registered
import { UsageError, NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import type { Tx } from '../../core/store.js';

/** A person id typed in an option (`flag`), checked against the id pattern (../ refused). */
export const personRef = (pid: string, flag: string): string => checkId('person', pid, flag);

/** The person must be registered (read under the lock, in the write). */
export function requirePerson(tx: Tx, pid: string, flag: string): void {
  if (!tx.tryRead('person', pid)) {
    throw new NotFoundError(
      msg(`${flag}: 没有人员 ${pid}`, `${flag}: no person ${pid}`),
      msg('先用 wuye person add 登记此人', 'register the person first with wuye person add'),
    );
  }
}

export function requireNonEmpty(list: string[], flag: string): void {
  if (list.length === 0) throw new UsageError(msg(`${flag} 不能为空`, `${flag} must not be empty`));
}
