// The warranty procedure's domain checks (validate layer 4; spec 06): the log follows the machine; the decision's
// dates hold together (the developer's clock never ends before the contractor's) and agree with wuye.yaml and the
// unit; a report out of warranty is a paid repair that exists and names it back, one in warranty is not; a routed
// report has its routing, a completed one its completion; its desk entry exists. A unit's delivery date is not
// before its building's completion acceptance.
// e.g. wuye validate warranty/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { ConfigRecord, RepairRecord, UnitRecord } from '../../core/types.gen.js';
import { WARRANTY } from './machine.js';
import { acceptedOf, cfg, decide, type Warranty } from './rules.js';

const conf = (c: Record<string, unknown> | undefined) => cfg((c as ConfigRecord | undefined)?.warranty);

const reportRules = defineCheck<Warranty>({
  name: 'warranty/report',
  kinds: ['warranty'],
  description: msg(
    '开发企业保修期不早于施工单位的届满；判定与配置和房屋一致；已过保修期的有有偿维修单并指回本报告；转交、完工有记录；来电记录存在',
    "the developer's clock never ends before the contractor's; the decision agrees with wuye.yaml and the unit; out of warranty a paid repair that names it back; routing and completion recorded; the desk entry exists",
  ),
  record(r, env) {
    const w = r.data;
    const out: Problem[] = [];
    const d = w.decision;
    if (d.developer_end && d.developer_end < d.contractor_end)
      out.push(
        problemAt(
          r,
          '/decision/developer_end',
          'developer-before-contractor',
          msg(
            `开发企业保修期届满日 ${d.developer_end} 早于施工单位的 ${d.contractor_end}（商品房销售管理办法第三十三条：不得短于）`,
            `the developer's end ${d.developer_end} is before the contractor's ${d.contractor_end}`,
          ),
        ),
      );
    const c = conf(env.config);
    const unit = env.get<UnitRecord>('unit', w.unit)?.data;
    const accepted = unit ? acceptedOf(c, unit.building) : undefined;
    if (unit && accepted) {
      const again = decide(w.component, accepted, unit.delivered_on, w.reported_at.slice(0, 10), c);
      if (again.in_warranty !== d.in_warranty || again.contractor_end !== d.contractor_end)
        out.push(
          problemAt(
            r,
            '/decision',
            'decision-differs',
            msg(
              `按现行 wuye.yaml 和房屋资料判定为${again.in_warranty ? '在保修期内' : '已过保修期'}（施工单位至 ${again.contractor_end}），与记录不同`,
              `wuye.yaml and the unit now give ${again.in_warranty ? 'in' : 'out of'} warranty (the contractor's until ${again.contractor_end}), not what is recorded`,
            ),
            msg('核对竣工验收、交付日期和保修期配置', 'check the acceptance, delivery and periods'),
            'warning',
          ),
        );
    }
    if (!d.in_warranty) {
      const rep = w.repair ? env.get<RepairRecord>('repair', w.repair)?.data : undefined;
      if (!w.repair || !rep)
        out.push(
          problemAt(
            r,
            w.repair ? '/repair' : '/decision/in_warranty',
            'no-paid-repair',
            msg(
              `已过保修期，但${w.repair ? `维修单 ${w.repair} 不存在` : '没有转为有偿维修'}`,
              `out of warranty but ${w.repair ? `repair ${w.repair} does not exist` : 'not converted into a paid repair'}`,
            ),
          ),
        );
      else if (rep.warranty !== w.id || !rep.paid)
        out.push(
          problemAt(
            r,
            '/repair',
            'repair-link',
            msg(`维修单 ${w.repair} 不是本报告转来的有偿维修`, `repair ${w.repair} is not this report's paid repair`),
          ),
        );
    } else if (w.repair || w.state === 'converted')
      out.push(
        problemAt(
          r,
          '/state',
          'converted-in-warranty',
          msg('在保修期内的报告不转有偿维修', 'a report in warranty is not a paid repair'),
        ),
      );
    if (['routed', 'completed', 'verified', 'closed'].includes(w.state) && !w.routed)
      out.push(problemAt(r, '/state', 'not-routed', msg('没有转交记录', 'no routing recorded')));
    if (['completed', 'verified', 'closed'].includes(w.state) && !w.completed)
      out.push(problemAt(r, '/state', 'not-completed', msg('没有完工记录', 'no completion recorded')));
    if (w.hotline && !env.exists('hotline', w.hotline))
      out.push(
        problemAt(
          r,
          '/hotline',
          'call-missing',
          msg(`来电记录 ${w.hotline} 不存在`, `desk entry ${w.hotline} does not exist`),
        ),
      );
    return out;
  },
});

const deliveryRule = defineCheck<UnitRecord>({
  name: 'warranty/delivery',
  kinds: ['unit'],
  description: msg(
    '交付日期不早于所在栋的竣工验收合格日期',
    "the delivery date is not before the building's completion acceptance",
  ),
  record(r, env) {
    const u = r.data;
    if (!u.delivered_on) return [];
    const accepted = acceptedOf(conf(env.config), u.building);
    if (!accepted || u.delivered_on >= accepted) return [];
    return [
      problemAt(
        r,
        '/delivered_on',
        'delivered-before-acceptance',
        msg(
          `交付日期 ${u.delivered_on} 早于 ${u.building} 栋的竣工验收合格日期 ${accepted}`,
          `delivered ${u.delivered_on}, before building ${u.building}'s completion acceptance ${accepted}`,
        ),
        msg('核对入伙资料和 wuye.yaml warranty.completion_accepted', 'check the move-in papers and wuye.yaml'),
      ),
    ];
  },
});

export const checks: readonly Check[] = [caseLogCheck('warranty', WARRANTY), reportRules, deliveryRule];
