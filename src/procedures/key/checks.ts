// The key register's domain checks (validate layer 4; manual 三.12): at most one loan out at a time, a loan
// back after it went out, a unit key names its unit, a key returned to its owner says when.
// e.g. wuye validate keys
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { Key } from './rules.js';

const keyRules = defineCheck<Key>({
  name: 'key/loans',
  kinds: ['key'],
  description: msg(
    '同一时间最多一笔借出未还；归还晚于借出；房屋钥匙写明房屋；交还业主的写明日期',
    'at most one loan out at a time; back after out; a unit key names its unit; a returned key says when',
  ),
  record(r) {
    const k = r.data;
    const out: Problem[] = [];
    const open = (k.loans ?? []).map((l, i) => ({ l, i })).filter(({ l }) => !l.in && !l.lost);
    for (const { i } of open.slice(1))
      out.push(
        problemAt(
          r,
          `/loans/${i}`,
          'two-loans-out',
          msg(`钥匙 ${k.id} 有两笔借出未还`, `key ${k.id} has two loans out at once`),
          msg('登记前一笔的归还时间（in）', 'record when the earlier loan came back (in)'),
        ),
      );
    (k.loans ?? []).forEach((l, i) => {
      if (l.in && Date.parse(l.in) < Date.parse(l.out))
        out.push(
          problemAt(r, `/loans/${i}/in`, 'back-before-out', msg('归还时间早于借出时间', 'back before it went out')),
        );
    });
    if ((k.type === 'unit-entrance' || k.type === 'unit-set') && !k.unit)
      out.push(
        problemAt(
          r,
          '/type',
          'unit-key-without-unit',
          msg('房屋钥匙未写明房屋（unit）', 'a unit key without its unit'),
        ),
      );
    if (k.state === 'returned' && !k.returned_on)
      out.push(
        problemAt(
          r,
          '/state',
          'returned-without-date',
          msg('已交还业主但没有交还日期', 'returned without returned_on'),
        ),
      );
    if (k.state === 'returned' && open.length)
      out.push(
        problemAt(
          r,
          `/loans/${open[0].i}`,
          'returned-while-out',
          msg('钥匙已交还业主，却仍有借出未还', 'returned to the owner while still out'),
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [keyRules];
