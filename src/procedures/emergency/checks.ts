// The emergency procedure's domain checks (validate layer 4; manual 四.13, 三.3.10–3.12, 三.4.3): the case log
// follows the machine; a closed emergency has its analysis, preventive measures and a report upward; nothing on the
// case (steps, timeline, notifications, reports) is timed before the discovery; checklist steps numbered 1…n.
// e.g. wuye validate emergencies/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { EMERGENCY, type Emergency } from './rules.js';

const emergencyRules = defineCheck<Emergency>({
  name: 'emergency/case',
  kinds: ['emergency'],
  description: msg(
    '已结案的紧急事件有原因分析、预防措施和向上报告；各项时间不早于发现时间',
    'a closed emergency has its analysis, measures and report upward; nothing is timed before the discovery',
  ),
  record(r) {
    const e = r.data;
    const out: Problem[] = [];
    if (e.state === 'closed') {
      if (!e.analysis)
        out.push(
          problemAt(
            r,
            '/state',
            'emergency-analysis',
            msg('已结案的紧急事件没有原因分析', 'a closed emergency without its analysis'),
            msg(
              '补记 analysis（原因、责任），或改回 responding',
              'add the analysis, or set the state back to responding',
            ),
          ),
        );
      if (!(e.measures ?? []).length)
        out.push(
          problemAt(
            r,
            '/state',
            'emergency-measures',
            msg('已结案的紧急事件没有预防措施', 'a closed emergency without preventive measures'),
            msg('补记 measures', 'add the measures'),
          ),
        );
      if (!(e.reports ?? []).length)
        out.push(
          problemAt(
            r,
            '/state',
            'emergency-report',
            msg('已结案的紧急事件没有向上报告', 'a closed emergency never reported upward'),
            msg('补记 reports', 'add the report'),
          ),
        );
    }
    const found = Date.parse(e.discovered_at);
    const early = (path: string, at: string | undefined) => {
      if (at && Date.parse(at) < found)
        out.push(
          problemAt(
            r,
            path,
            'emergency-before-discovery',
            msg(
              `时间 ${at} 早于发现时间 ${e.discovered_at}`,
              `time ${at} is before the discovery (${e.discovered_at})`,
            ),
            msg('核对时间', 'check the time'),
          ),
        );
    };
    e.checklist.forEach((s, i) => {
      if (s.no !== i + 1)
        out.push(
          problemAt(
            r,
            `/checklist/${i}/no`,
            'emergency-step-no',
            msg(`步骤序号应为 ${i + 1}`, `step number should be ${i + 1}`),
          ),
        );
      early(`/checklist/${i}/done_at`, s.done_at);
    });
    (e.timeline ?? []).forEach((x, i) => early(`/timeline/${i}/at`, x.at));
    (e.notified ?? []).forEach((x, i) => early(`/notified/${i}/at`, x.at));
    (e.reports ?? []).forEach((x, i) => early(`/reports/${i}/at`, x.at));
    return out;
  },
});

export const checks: Check[] = [caseLogCheck('emergency', EMERGENCY), emergencyRules];
