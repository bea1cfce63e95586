// References to people from other records must resolve (records.md validation layer 3).
import { UsageError, NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import type { Tx } from '../../core/store.js';

export function requirePerson(tx: Tx, pid: string, flag: string): void {
  checkId('person', pid, flag);
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
