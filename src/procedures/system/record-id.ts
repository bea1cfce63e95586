// An id typed to `wuye show` or `wuye audit log` names its kind and file by its pattern alone (records.md
// "Ids"), so any record is found without a scan; an id of no kind is a usage error before anything is read.
// e.g. wuye show P000123 → person, people/P000123.yaml · wuye show 2026-1-2-0801 → fee account
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { kindsForId, type KindDef } from '../../core/kinds.js';

/** The kinds a typed id may be (more than one when patterns overlap); none → exit 2 with the id shapes. */
export function recordKinds(id: string): KindDef[] {
  const kinds = kindsForId(id);
  if (kinds.length === 0) {
    throw new UsageError(
      msg(`无法识别的编号: "${id}"`, `not a recognisable id: "${id}"`),
      msg(
        '编号形如 1-2-0801（房屋）、P000123（人员）、S001（员工）、ZX2026-0007（案卷）',
        'ids look like 1-2-0801 (unit), P000123 (person), S001 (staff), ZX2026-0007 (case)',
      ),
    );
  }
  return kinds;
}
