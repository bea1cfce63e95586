// The key register's printed forms (manual 三.12): 公用钥匙清单 (the list of keys kept) and 钥匙借用登记表
// (the loans of one key, or of every key in a month).
// e.g. wuye form key-loans K-3-1-0101 · wuye form key-loans 2026-11 · wuye form key-list all
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';
import { KEY_RECORD_TYPE } from '../../core/enums.gen.js';
import { allKeys } from './api.js';
import { dayEndOf, isOverdue, loansBetween, openLoan, type Key } from './rules.js';

const hm = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const latest = (dates: string[], fallback: string) => dates.filter(Boolean).sort().pop() ?? fallback;

/** The data of 公用钥匙清单 for these keys; the date is the last change the list shows, never the clock. */
export function keyListData(keys: readonly Key[], scope: string, now: string, dayEnd: string) {
  const rows = keys.map((k) => {
    const l = openLoan(k);
    const where =
      k.state !== 'held'
        ? label('keyRecordState', k.state)
        : l
          ? `借出：${l.to}${isOverdue(l, now, dayEnd) ? '（逾期）' : ''}`
          : '在柜';
    return { id: k.id, label: k.label, type: k.type, count: k.count, place: k.place, now: where };
  });
  const date = latest(
    keys.flatMap((k) => [k.since, ...(k.loans ?? []).flatMap((l) => [l.out.slice(0, 10), l.in?.slice(0, 10) ?? ''])]),
    '2000-01-01',
  );
  return { id: 'KEYS', date, data: { list: { id: 'KEYS', scope, total: keys.length, as_of: date }, keys: rows } };
}

function staffName(ctx: Ctx, id?: string): string {
  return id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : '';
}

/** The data of 钥匙借用登记表: the loans of one key (K-…) or of every key in a month (YYYY-MM). */
export function keyLoansData(ctx: Ctx, id: string) {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(id);
  if (!month && !id.startsWith('K-'))
    throw new UsageError(
      msg(`key-loans 的编号应为钥匙编号或月份，而不是 "${id}"`, `key-loans takes a key id or a month, not "${id}"`),
      msg('如 K-3-1-0101 或 2026-11', 'e.g. K-3-1-0101 or 2026-11'),
    );
  const keys = month ? allKeys(ctx.shown) : [ctx.shown.read<Key>('key', id).data];
  const rows = loansBetween(
    keys,
    month ? `${id}-01` : '0000-01-01',
    month ? `${id}-31` : '9999-12-31',
    '9999-12-31T00:00:00+08:00',
    dayEndOf(ctx.config),
  );
  const loans = rows.map((r) => ({
    key: `${r.key} ${r.label}`,
    to: r.loan.to,
    purpose: r.loan.purpose,
    approved: staffName(ctx, r.loan.approved_by),
    out: hm(r.loan.out),
    due: hm(r.loan.due),
    in: r.loan.lost ? '遗失' : hm(r.loan.in),
    received: staffName(ctx, r.loan.received_by),
  }));
  const date = latest(
    rows.flatMap((r) => [r.loan.out.slice(0, 10), r.loan.in?.slice(0, 10) ?? '']),
    month ? `${id}-01` : keys[0].since,
  );
  const scope = month ? `${id} 全部钥匙` : `${keys[0].id} ${keys[0].label}`;
  return { id, date, data: { register: { id, scope, total: loans.length }, loans } };
}

export const FORMS: FormDef[] = [
  {
    name: 'key-loans',
    template: 'key/key-loans',
    title: msg('钥匙借用登记表', 'key loan register'),
    idKind: 'key|YYYY-MM',
    load: (ctx, id) => keyLoansData(ctx, id),
  },
  {
    name: 'key-list',
    template: 'key/key-list',
    title: msg('公用钥匙清单', 'public key list'),
    idKind: 'all|public|TYPE',
    load: (ctx, id) => {
      const keys = allKeys(ctx.shown).filter((k) =>
        id === 'all'
          ? true
          : id === 'public'
            ? !k.unit
            : (KEY_RECORD_TYPE as readonly string[]).includes(id)
              ? k.type === id
              : (() => {
                  throw new UsageError(
                    msg(
                      `key-list 的编号应为 all、public 或钥匙种类，而不是 "${id}"`,
                      `key-list takes all, public or a key kind, not "${id}"`,
                    ),
                    msg(`种类: ${KEY_RECORD_TYPE.join(', ')}`, `kinds: ${KEY_RECORD_TYPE.join(', ')}`),
                  );
                })(),
      );
      const scope = id === 'all' ? '全部' : id === 'public' ? '公共部位' : label('keyRecordType', id);
      return keyListData(keys, scope, ctx.now(), dayEndOf(ctx.config));
    },
  },
];
