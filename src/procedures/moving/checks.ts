// Occupancy checks (validate layer 4; spec 04 "Rules"): a tenancy has the owner's consent and a lease that
// ends after it starts; a resident living with a tenant names a current tenant.
// e.g. wuye validate units
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { UnitRecord } from '../../core/types.gen.js';

const occupancy = defineCheck<UnitRecord>({
  name: 'moving/occupancy',
  kinds: ['unit'],
  description: msg(
    '租约有业主同意且租期止晚于租期起；随租户居住的住户指向现租户',
    "a tenancy has the owner's consent and ends after it starts; a resident with a tenant names a current tenant",
  ),
  record(r) {
    const u = r.data;
    const out: Problem[] = [];
    (u.tenants ?? []).forEach((t, i) => {
      if (!t.consent)
        out.push(
          problemAt(
            r,
            `/tenants/${i}`,
            'tenancy-without-consent',
            msg('租约没有业主书面同意', "a tenancy without the owner's consent"),
            msg('补记 consent', 'record consent'),
            'warning',
          ),
        );
      if (t.to && t.to <= t.from)
        out.push(
          problemAt(r, `/tenants/${i}/to`, 'lease-dates', msg('租期止不晚于租期起', 'the lease ends before it starts')),
        );
    });
    const tenants = new Set((u.tenants ?? []).map((t) => t.person));
    (u.residents ?? []).forEach((x, i) => {
      if (x.tenant && !tenants.has(x.tenant))
        out.push(
          problemAt(
            r,
            `/residents/${i}/tenant`,
            'resident-tenant',
            msg(`${x.tenant} 不是本房屋的现租户`, `${x.tenant} is not a current tenant`),
          ),
        );
    });
    return out;
  },
});

export const checks: readonly Check[] = [occupancy];
