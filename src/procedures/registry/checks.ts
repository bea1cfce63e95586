// The estate registry's domain checks (validate layer 4; spec 01, manual 四.16):
// owners' shares add up to 100% when given, no one is listed twice, leases run
// forward, a unit's building/entrance/room agree with its id, transfers are in
// date order and end with the current owners, staff service dates run forward, and no two people hold
// one national id number (a check across records).
// e.g. wuye validate units/1   (run with every other check by `wuye validate`)
import { sealedAt } from '../../core/sealed.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { idOfPath } from '../../core/kinds.js';
import { maskNationalId } from '../../core/personal.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { checkShares, unitParts } from './rules.js';

const unitChecks = defineCheck<UnitRecord>({
  name: 'registry/unit',
  kinds: ['unit'],
  description: msg(
    '业主份额合计 100%、人员不重复、租期起止有序、编号与栋/单元/室一致、过户按日期且以现业主结束',
    "owners' shares add to 100%, no one listed twice, leases in order, id agrees with building/entrance/room, transfers in date order ending with the current owners",
  ),
  record(r) {
    const u = r.data;
    const out: Problem[] = [];
    const owners = u.owners ?? [];
    try {
      checkShares(owners);
    } catch (e) {
      if (!(e instanceof RuleError)) throw e;
      const at = owners.findIndex((o) => o.share !== undefined);
      out.push(
        problemAt(
          r,
          owners.some((o) => o.share === undefined)
            ? `/owners/${owners.findIndex((o) => o.share === undefined)}`
            : `/owners/${Math.max(at, 0)}/share`,
          'owner-shares',
          e.text,
          msg(
            '份额为整数百分比，合计 100；只有一位业主时可不写',
            'shares are whole percentages adding to 100; a sole owner needs none',
          ),
        ),
      );
    }
    for (const [list, name] of [
      [owners, 'owners'],
      [u.residents ?? [], 'residents'],
      [u.tenants ?? [], 'tenants'],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.person))
          out.push(
            problemAt(
              r,
              `/${name}/${i}/person`,
              'listed-twice',
              msg(`${x.person} 在 ${name} 中出现了两次`, `${x.person} is listed twice in ${name}`),
              msg('删除重复的一项', 'delete the repeated entry'),
            ),
          );
        seen.add(x.person);
      });
    }
    (u.tenants ?? []).forEach((t, i) => {
      if (t.to !== undefined && t.to < t.from) {
        out.push(
          problemAt(
            r,
            `/tenants/${i}/to`,
            'lease-order',
            msg(`租期止 ${t.to} 早于租期起 ${t.from}`, `lease ends ${t.to}, before it starts ${t.from}`),
            msg('改正租期起止日期', 'correct the lease dates'),
          ),
        );
      }
    });
    const parts = unitParts(r.id);
    for (const key of ['building', 'entrance', 'room'] as const) {
      if (u[key] !== parts[key]) {
        out.push(
          problemAt(
            r,
            `/${key}`,
            'id-parts',
            msg(
              `${key} 为 ${u[key]}，但编号 ${r.id} 中为 ${parts[key]}`,
              `${key} is ${u[key]} but the id ${r.id} says ${parts[key]}`,
            ),
            msg('房屋编号为 栋-单元-室；两者应一致', 'a unit id is building-entrance-room; they must agree'),
          ),
        );
      }
    }
    const transfers = u.transfers ?? [];
    transfers.forEach((t, i) => {
      if (i > 0 && t.date < transfers[i - 1].date) {
        out.push(
          problemAt(
            r,
            `/transfers/${i}/date`,
            'transfer-order',
            msg(
              `过户记录第 ${i + 1} 条的日期 ${t.date} 早于前一条 ${transfers[i - 1].date}`,
              `transfer ${i + 1} is dated ${t.date}, before the one before it (${transfers[i - 1].date})`,
            ),
            msg('过户记录只追加，按日期顺序', 'transfers are appended in date order'),
          ),
        );
      }
    });
    const last = transfers[transfers.length - 1];
    if (last && owners.length) {
      const now = new Set(owners.map((o) => o.person));
      if (last.to.length !== now.size || !last.to.every((p) => now.has(p))) {
        out.push(
          problemAt(
            r,
            '/owners',
            'owners-vs-transfer',
            msg(
              `现业主（${[...now].join('、')}）与最后一次过户的受让人（${last.to.join('、')}）不符`,
              `the owners (${[...now].join(', ')}) are not the buyers of the last transfer (${last.to.join(', ')})`,
            ),
            msg(
              '业主只经由 wuye unit transfer 变更；检查手工修改',
              'owners change only through wuye unit transfer; check hand edits',
            ),
            'warning',
          ),
        );
      }
    }
    return out;
  },
});

const staffChecks = defineCheck<StaffRecord>({
  name: 'registry/staff',
  kinds: ['staff'],
  description: msg('入职日期不晚于离职日期', 'active from is not after active until'),
  record(r) {
    const s = r.data;
    if (s.active_from && s.active_to && s.active_to < s.active_from) {
      return [
        problemAt(
          r,
          '/active_to',
          'active-order',
          msg(
            `离职日期 ${s.active_to} 早于入职日期 ${s.active_from}`,
            `active until ${s.active_to} is before active from ${s.active_from}`,
          ),
          msg('改正入职或离职日期', 'correct the dates'),
        ),
      ];
    }
    return [];
  },
});

/** A national id number belongs to one person: two records holding one are both errors, each naming the other. */
const nationalIdUnique = defineCheck<PersonRecord>({
  name: 'registry/national-id-unique',
  kinds: ['person'],
  description: msg('身份证号在人员中唯一', 'a national id number belongs to one person'),
  unique: {
    keys: (r) =>
      r.data.national_id
        ? [
            {
              // sealed (personal.encrypt): one number, one keyed hash — compared without the key to read it
              key: sealedAt(r.data, '/national_id')?.hmac ?? r.data.national_id.toUpperCase(),
              pointer: '/national_id',
              shown: maskNationalId(r.data.national_id),
            },
          ]
        : [],
    message: (shown, rel, others) => {
      // The older record (the lower number) is the one to keep.
      const [first, second] = [rel, ...others].sort();
      const keep = idOfPath(first);
      const drop = idOfPath(first === rel ? second : rel);
      return {
        message: msg(
          `身份证号 ${shown} 也登记在 ${others.join('、')}：同一人有两条记录`,
          `national id ${shown} is also registered in ${others.join(', ')}: one person with two records`,
        ),
        hint: msg(
          `核对后合并，保留较早的记录：wuye person merge ${keep} ${drop}`,
          `check, then merge into the older record: wuye person merge ${keep} ${drop}`,
        ),
      };
    },
  },
});

export const checks: readonly Check[] = [unitChecks, staffChecks, nationalIdUnique];
